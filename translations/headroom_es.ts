<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>%1 products, made %2</source>
        <translation>%1 productos, generado el %2</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Headroom</source>
        <translation>Acerca de Headroom</translation>
    </message>
    <message>
        <source>Headroom %1</source>
        <translation>Headroom %1</translation>
    </message>
    <message>
        <source>Plans studio signal chains and tells you whether your gear works together.</source>
        <translation>Planifica cadenas de señal de estudio y te dice si tu equipo funciona bien en conjunto.</translation>
    </message>
    <message>
        <source>Running on Qt %1</source>
        <translation>Funciona con Qt %1</translation>
    </message>
    <message>
        <source>Gear catalog: %1</source>
        <translation>Catálogo de equipos: %1</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. The gear catalog and the documentation are under Creative Commons Attribution 4.0; every figure names its source.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. El catálogo de equipos y la documentación están bajo la licencia Creative Commons Atribución 4.0; cada dato indica su fuente.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>reaches the target with %1 dB to spare (was %2 dB)</source>
        <translation>alcanza el objetivo con %1 dB de margen (antes %2 dB)</translation>
    </message>
    <message>
        <source>%1 dB of gain to spare (was %2 dB)</source>
        <translation>%1 dB de ganancia de margen (antes %2 dB)</translation>
    </message>
    <message>
        <source>still %1 dB short (was %2 dB)</source>
        <translation>aún faltan %1 dB (antes %2 dB)</translation>
    </message>
    <message>
        <source>no new problems</source>
        <translation>sin problemas nuevos</translation>
    </message>
    <message>
        <source>new problems: %1</source>
        <translation>problemas nuevos: %1</translation>
    </message>
    <message>
        <source>estimate: some figures are typical values</source>
        <translation>estimación: algunos valores son típicos</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Replace the amp with %1</source>
        <translation>Sustituir el amplificador por %1</translation>
    </message>
    <message>
        <source>Add %1 before the input, with 48 V on</source>
        <translation>Añadir %1 antes de la entrada, con 48 V activados</translation>
    </message>
    <message>
        <source>Replace the splitter with %1</source>
        <translation>Sustituir el divisor por %1</translation>
    </message>
    <message>
        <source>Use %1 as the interface</source>
        <translation>Usar %1 como interfaz</translation>
    </message>
    <message>
        <source>Listen on %1 instead</source>
        <translation>Escuchar con %1 en su lugar</translation>
    </message>
    <message>
        <source>Use %1 as the monitors</source>
        <translation>Usa %1 como monitores</translation>
    </message>
    <message>
        <source>Use %1 as the amplifier</source>
        <translation>Usar %1 como amplificador</translation>
    </message>
    <message>
        <source>Use %1 as the speakers</source>
        <translation>Usar %1 como altavoces</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <source>What would fix it</source>
        <translation>Qué lo resolvería</translation>
    </message>
    <message>
        <source>Nothing in the catalog or your gear fixes this.</source>
        <translation>Nada del catálogo ni de tus equipos lo resuelve.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Aplicar: %1</translation>
    </message>
    <message>
        <source>As variant</source>
        <translation>Como variante</translation>
    </message>
    <message>
        <source>Apply as a new variant: %1</source>
        <translation>Aplicar como variante nueva: %1</translation>
    </message>
    <message>
        <source>Make the change in a copy of the chain, to compare before and after</source>
        <translation>Hacer el cambio en una copia de la cadena, para comparar el antes y el después</translation>
    </message>
    <message>
        <source>Headphone amps</source>
        <translation>Amplificadores de auriculares</translation>
    </message>
    <message>
        <source>Stronger headphone amps</source>
        <translation>Amplificadores de auriculares más potentes</translation>
    </message>
    <message>
        <source>Distribution amps</source>
        <translation>Amplificadores de distribución</translation>
    </message>
    <message>
        <source>Inline preamps</source>
        <translation>Previos en línea</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Otras interfaces</translation>
    </message>
    <message>
        <source>Other headphones</source>
        <translation>Otros auriculares</translation>
    </message>
    <message>
        <source>More powerful amplifiers</source>
        <translation>Amplificadores más potentes</translation>
    </message>
    <message>
        <source>Louder speakers</source>
        <translation>Altavoces más potentes</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Plan a studio signal chain and see whether the gear works together.</source>
        <translation>Planifica una cadena de señal de estudio y comprueba si el equipo funciona bien en conjunto.</translation>
    </message>
    <message>
        <source>A .headroom project to open.</source>
        <translation>Un proyecto .headroom que abrir.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>up to %1 dB SPL, headroom %2 dB</source>
        <translation>hasta %1 dB SPL, margen de %2 dB</translation>
    </message>
    <message>
        <source>gain %1 dB</source>
        <translation>ganancia %1 dB</translation>
    </message>
    <message>
        <source>up to %1 dB SPL at %2 m, headroom %3 dB</source>
        <translation>hasta %1 dB SPL a %2 m, margen %3 dB</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 was %2, the catalog now says %3</source>
        <translation>%1 era %2, el catálogo ahora indica %3</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Curva de impedancia</translation>
    </message>
    <message>
        <source>Maximum level per load</source>
        <translation>Nivel máximo por carga</translation>
    </message>
    <message>
        <source>%1: none saved, the catalog now has one</source>
        <translation>%1: no hay ninguna guardada, el catálogo ahora tiene una</translation>
    </message>
    <message>
        <source>%1: the catalog no longer has one</source>
        <translation>%1: el catálogo ya no tiene ninguna</translation>
    </message>
    <message>
        <source>%1: the catalog&apos;s differs from the saved one</source>
        <translation>%1: la del catálogo difiere de la guardada</translation>
    </message>
</context>
<context>
    <name>CatalogBanner</name>
    <message>
        <source>The catalog&apos;s figures changed since this project was saved; the analysis uses the saved ones.</source>
        <translation>Los datos del catálogo han cambiado desde que se guardó este proyecto; el análisis usa los guardados.</translation>
    </message>
    <message>
        <source>Use the catalog&apos;s figures</source>
        <translation>Usar los datos del catálogo</translation>
    </message>
    <message>
        <source>Keep the saved figures</source>
        <translation>Conservar los datos guardados</translation>
    </message>
</context>
<context>
    <name>CatalogStats</name>
    <message>
        <source>| Kind | Products | With the key figures | Impedance curves | Figures from the manufacturer | from measurements | estimated | of them read second hand |</source>
        <translation>| Tipo | Productos | Con las cifras clave | Curvas de impedancia | Cifras del fabricante | de mediciones | estimadas | de ellas, de segunda mano |</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>ChainCanvas</name>
    <message>
        <source>Signal chain canvas</source>
        <translation>Lienzo de la cadena de señal</translation>
    </message>
    <message>
        <source>Insert an %1</source>
        <translation>Insertar un %1</translation>
    </message>
    <message>
        <source>Connect without an adapter</source>
        <translation>Conectar sin adaptador</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Sustituir por…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Replace %1 with…</source>
        <translation>Sustituir %1 por…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Arrange by Signal Flow</source>
        <translation>Ordenar por flujo de señal</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>What do you have?</source>
        <translation>¿Qué tienes?</translation>
    </message>
    <message>
        <source>Pick your interface or computer, your headphones and a microphone: Headroom wires them and tells you whether they work together.</source>
        <translation>Elige tu interfaz o tu ordenador, tus auriculares y un micrófono: Headroom los conecta y te dice si funcionan juntos.</translation>
    </message>
    <message>
        <source>Start the quick check</source>
        <translation>Empezar la comprobación rápida</translation>
    </message>
    <message>
        <source>Or drag gear from the library onto the canvas, or open an example from the Help menu.</source>
        <translation>O arrastra equipos de la biblioteca al lienzo, o abre un ejemplo desde el menú Ayuda.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Catalog updates (this analysis uses the figures saved in the project)</source>
        <translation>Actualizaciones del catálogo (este análisis usa los datos guardados en el proyecto)</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Formato de salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Your gear&apos;s database (default: %1).</source>
        <translation>Base de datos de tu equipo (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Do not compare the project&apos;s gear with the catalog.</source>
        <translation>No compara el equipo del proyecto con el catálogo.</translation>
    </message>
    <message>
        <source>The .headroom project.</source>
        <translation>El proyecto .headroom.</translation>
    </message>
    <message>
        <source>Analyse a .headroom project: a verdict for each listener, the findings, and the levels at every stage.</source>
        <translation>Analiza un proyecto .headroom: un veredicto para cada oyente, las observaciones y los niveles en cada etapa.</translation>
    </message>
    <message>
        <source>usage: headroom-cli analyze FILE [--format text|json]</source>
        <translation>uso: headroom-cli analyze FILE [--format text|json]</translation>
    </message>
    <message>
        <source>The catalog database (default: the installed one).</source>
        <translation>Base de datos del catálogo (predeterminada: la instalada).</translation>
    </message>
    <message>
        <source>Only this kind (headphones, interface, microphone, …).</source>
        <translation>Solo este tipo (headphones, interface, microphone, …).</translation>
    </message>
    <message>
        <source>A condition on a figure, e.g. impedanceOhm&gt;=250 (repeatable).</source>
        <translation>Una condición sobre un dato, p. ej. impedanceOhm&gt;=250 (se puede repetir).</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>Número máximo de resultados (predeterminado: 50).</translation>
    </message>
    <message>
        <source>Words to find in brand, model, variant and aliases (prefixes match).</source>
        <translation>Palabras que buscar en marca, modelo, variante y alias (basta con el principio de cada palabra).</translation>
    </message>
    <message>
        <source>Search the catalog and your gear.</source>
        <translation>Busca en el catálogo y en tu equipo.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo desconocido «%1»</translation>
    </message>
    <message>
        <source>  (your gear)</source>
        <translation>  (tu equipo)</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>no se ha encontrado nada</translation>
    </message>
    <message>
        <source>The product&apos;s id (see gear search).</source>
        <translation>El id del producto (consulta gear search).</translation>
    </message>
    <message>
        <source>Show a product&apos;s figures with their sources.</source>
        <translation>Muestra los datos de un producto con sus fuentes.</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>no existe el producto «%1»</translation>
    </message>
    <message>
        <source>%1, id %2%3</source>
        <translation>%1, id %2%3</translation>
    </message>
    <message>
        <source>, your gear</source>
        <translation>, tu equipo</translation>
    </message>
    <message>
        <source>based on %1</source>
        <translation>basado en %1</translation>
    </message>
    <message>
        <source>also known as %1</source>
        <translation>también conocido como %1</translation>
    </message>
    <message>
        <source>  impedance curve: %1 points (%2)</source>
        <translation>  curva de impedancia: %1 puntos (%2)</translation>
    </message>
    <message>
        <source>Check the file and report what would be added; change nothing.</source>
        <translation>Comprueba el archivo e informa de lo que se añadiría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>no se ha importado nada</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be added</source>
        <translation>
            <numerusform>se añadiría %n producto</numerusform>
            <numerusform>se añadirían %n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n product(s) to your gear</source>
        <translation>
            <numerusform>se ha añadido %n producto a tu equipo</numerusform>
            <numerusform>se han añadido %n productos a tu equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>Add products to your gear: all of them or, on any error, none.</source>
        <translation>Añade productos a tu equipo: todos o, si hay algún error, ninguno.</translation>
    </message>
    <message>
        <source>A product (or an array of them) in the catalog&apos;s JSON format.</source>
        <translation>Un producto (o un array de productos) en el formato JSON del catálogo.</translation>
    </message>
    <message>
        <source>The id of a product in your gear.</source>
        <translation>El id de un producto de tu equipo.</translation>
    </message>
    <message>
        <source>Remove a product from your gear.</source>
        <translation>Quita un producto de tu equipo.</translation>
    </message>
    <message>
        <source>Import products into your gear: all of them or, on any error, none.</source>
        <translation>Importa productos a tu equipo: todos o, si hay algún error, ninguno.</translation>
    </message>
    <message>
        <source>csv or json (default: from the output file&apos;s name, else json).</source>
        <translation>csv o json (predeterminado: según el nombre del archivo de salida; si no, json).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Escribe en este archivo en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Export the whole catalog plus your gear.</source>
        <translation>Exporta el catálogo completo junto con tu equipo.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>formato desconocido «%1»</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Product files (CSV or JSON) to check with the catalog&apos;s rules.</source>
        <translation>Archivos de productos (CSV o JSON) que se comprobarán con las reglas del catálogo.</translation>
    </message>
    <message>
        <source>Check product files: every product parses, every figure is sane and has a source.</source>
        <translation>Comprueba archivos de productos: que cada producto se pueda leer y que cada dato sea razonable y tenga fuente.</translation>
    </message>
    <message>
        <source>The catalog database to write.</source>
        <translation>Base de datos del catálogo que se escribirá.</translation>
    </message>
    <message>
        <source>The catalog&apos;s JSON files.</source>
        <translation>Los archivos JSON del catálogo.</translation>
    </message>
    <message>
        <source>Build the read-only catalog database from its JSON files.</source>
        <translation>Genera la base de datos de solo lectura del catálogo a partir de sus archivos JSON.</translation>
    </message>
    <message>
        <source>%1: cannot be built: %2</source>
        <translation>%1: no se puede generar: %2</translation>
    </message>
    <message>
        <source>unknown gear command &quot;%1&quot;
</source>
        <translation>comando gear desconocido «%1»
</translation>
    </message>
    <message>
        <source>Usage: headroom-cli gear COMMAND [OPTIONS]
</source>
        <translation>Uso: headroom-cli gear COMMAND [OPTIONS]
</translation>
    </message>
    <message>
        <source>
Run &apos;headroom-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Ejecuta &apos;headroom-cli COMMAND --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>comando desconocido «%1»
</translation>
    </message>
    <message>
        <source>%1: the project has no headphones to render</source>
        <translation>%1: el proyecto no tiene auriculares que renderizar</translation>
    </message>
    <message>
        <source>%1: no listener &quot;%2&quot;</source>
        <translation>%1: no existe el oyente «%2»</translation>
    </message>
    <message>
        <source>%1 (%2): no programme reaches this listener; %3 is silent
</source>
        <translation>%1 (%2): no llega ningún programa a este oyente; %3 queda en silencio
</translation>
    </message>
    <message>
        <source>%1 (%2): %3 dB SPL average rendered (computed %4), hiss %5 dB SPL; clipped samples: %6 → %7
</source>
        <translation>%1 (%2): renderizado a %3 dB SPL de media (calculado: %4), ruido de fondo %5 dB SPL; muestras saturadas: %6 → %7
</translation>
    </message>
    <message>
        <source>The headphones&apos; device id or listener name (default: the first headphones).</source>
        <translation>El id de dispositivo de los auriculares o el nombre del oyente (predeterminado: los primeros auriculares).</translation>
    </message>
    <message>
        <source>Your own programme: WAV, FLAC, OGG or AIFF, played at the chain&apos;s programme level.</source>
        <translation>Tu propio programa: WAV, FLAC, OGG o AIFF, reproducido al nivel de programa de la cadena.</translation>
    </message>
    <message>
        <source>Generated programme: speech, music, pink-noise, sweep or tone (default: the source&apos;s).</source>
        <translation>Programa generado: speech, music, pink-noise, sweep o tone (predeterminado: el de la fuente).</translation>
    </message>
    <message>
        <source>Seconds of generated programme (default 10).</source>
        <translation>Segundos de programa generado (predeterminado: 10).</translation>
    </message>
    <message>
        <source>The rendered file: .wav (32-bit float) or .flac (24-bit).</source>
        <translation>El archivo renderizado: .wav (coma flotante de 32 bits) o .flac (24 bits).</translation>
    </message>
    <message>
        <source>Also render the same programme through another project, to OUT-compare.wav, level-honest.</source>
        <translation>Renderiza además el mismo programa a través de otro proyecto, en OUT-compare.wav, respetando los niveles.</translation>
    </message>
    <message>
        <source>The SPL of a full-scale sine in the file (default 110 dB SPL).</source>
        <translation>El SPL de una senoidal a fondo de escala en el archivo (predeterminado: 110 dB SPL).</translation>
    </message>
    <message>
        <source>Render what a listener hears: the programme through the chain&apos;s gains, clipping, hiss and output-impedance response, at a level relative to the reference SPL.</source>
        <translation>Renderiza lo que escucha un oyente: el programa a través de las ganancias, la saturación, el ruido de fondo y la respuesta dependiente de la impedancia de salida de la cadena, a un nivel relativo al SPL de referencia.</translation>
    </message>
    <message>
        <source>usage: headroom-cli render FILE [--listener ID] [--input AUDIO | --program NAME] [--duration SECONDS] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]</source>
        <translation>uso: headroom-cli render FILE [--listener ID] [--input AUDIO | --program NAME] [--duration SECONDS] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]</translation>
    </message>
    <message>
        <source>Indent the JSON for people (it is compact by default, for scripts).</source>
        <translation>Sangra el JSON para leerlo (por defecto es compacto, para scripts).</translation>
    </message>
    <message>
        <source>Nothing to suggest: no listener is short of level and no microphone of gain.</source>
        <translation>Nada que sugerir: a ningún oyente le falta nivel ni a ningún micrófono ganancia.</translation>
    </message>
    <message>
        <source>Suggestions per problem (default 3).</source>
        <translation>Sugerencias por problema (predeterminado: 3).</translation>
    </message>
    <message>
        <source>Suggest gear from the catalog and your own that fixes a listener short of level or a microphone short of gain, each tried in a copy of the chain.</source>
        <translation>Sugiere equipos del catálogo y de los tuyos que resuelven un oyente con poco nivel o un micrófono con poca ganancia, cada uno probado en una copia de la cadena.</translation>
    </message>
    <message>
        <source>usage: headroom-cli advise FILE [--format text|json] [--limit N]</source>
        <translation>uso: headroom-cli advise FILE [--format text|json] [--limit N]</translation>
    </message>
    <message>
        <source>Your headphones: one gear id, or several separated by commas.</source>
        <translation>Tus auriculares: un id de equipo, o varios separados por comas.</translation>
    </message>
    <message>
        <source>Also write the chain as a .headroom project.</source>
        <translation>Escribir también la cadena como proyecto .headroom.</translation>
    </message>
    <message>
        <source>Check the gear you have without drawing a chain: Headroom wires it (the computer, adapters, a splitter where needed) and gives the verdict for each listener.</source>
        <translation>Comprueba tu equipo sin dibujar una cadena: Headroom lo conecta (el ordenador, adaptadores, un divisor donde haga falta) y da el veredicto para cada oyente.</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; in the catalog or your gear (see &apos;headroom-cli gear search&apos;)</source>
        <translation>Ningún producto «%1» en el catálogo ni en tu equipo (consulta «headroom-cli gear search»)</translation>
    </message>
    <message>
        <source>The variants to compare, by name, separated by commas (default: all).</source>
        <translation>Las variantes que comparar, por nombre, separadas por comas (por defecto: todas).</translation>
    </message>
    <message>
        <source>Compare a project&apos;s variants side by side: per listener the verdict, the maximum level, the room to the target, the volume setting, the hiss and the problems.</source>
        <translation>Comparar las variantes de un proyecto lado a lado: por oyente, el veredicto, el nivel máximo, el margen hasta el objetivo, el ajuste de volumen, el soplido y los problemas.</translation>
    </message>
    <message>
        <source>usage: headroom-cli compare FILE [--variants A,B] [--format text|json]</source>
        <translation>uso: headroom-cli compare ARCHIVO [--variants A,B] [--format text|json]</translation>
    </message>
    <message>
        <source>No variant &quot;%1&quot; in %2; it has: %3</source>
        <translation>Ninguna variante «%1» en %2; tiene: %3</translation>
    </message>
    <message>
        <source>in your shop: %1</source>
        <translation>en tu tienda: %1</translation>
    </message>
    <message>
        <source>Also print, per kind, how many products have the figures the verdicts depend on, and where the figures come from (a Markdown table).</source>
        <translation>Mostrar también, por tipo, cuántos productos tienen las cifras de las que dependen los veredictos y de dónde vienen las cifras (una tabla Markdown).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .html (a report), .svg, .png (the diagram), .txt or .json.</source>
        <translation>El archivo que se escribe: .pdf o .html (un informe), .svg, .png (el diagrama), .txt o .json.</translation>
    </message>
    <message>
        <source>A one-page summary to hand a customer (the default).</source>
        <translation>Un resumen de una página para entregar a un cliente (por defecto).</translation>
    </message>
    <message>
        <source>The full engineering report.</source>
        <translation>El informe técnico completo.</translation>
    </message>
    <message>
        <source>The variant to report on (default: the one last edited).</source>
        <translation>La variante del informe (por defecto: la última editada).</translation>
    </message>
    <message>
        <source>The shop&apos;s name, printed on the summary.</source>
        <translation>El nombre de la tienda, impreso en el resumen.</translation>
    </message>
    <message>
        <source>Pixels per canvas pixel of a PNG (default 2).</source>
        <translation>Píxeles por píxel del lienzo en un PNG (por defecto 2).</translation>
    </message>
    <message>
        <source>Write a report of a project to hand over: a one-page summary or a full engineering report as PDF or HTML, the chain&apos;s diagram as SVG, PNG or PDF, or the analysis as text or JSON.</source>
        <translation>Escribe un informe de un proyecto para entregar: un resumen de una página o un informe técnico completo en PDF o HTML, el diagrama de la cadena en SVG, PNG o PDF, o el análisis en texto o JSON.</translation>
    </message>
    <message>
        <source>With .svg or .png: a listener&apos;s plot instead of the diagram: gain, volume or response.</source>
        <translation>Con .svg o .png: una gráfica de un oyente en lugar del diagrama: gain, volume o response.</translation>
    </message>
    <message>
        <source>The headphones&apos; device id for --plot (default: the first).</source>
        <translation>El id de dispositivo de los auriculares para --plot (por defecto: los primeros).</translation>
    </message>
    <message>
        <source>usage: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] [--plot gain|volume|response [--listener ID]]</source>
        <translation>uso: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] [--plot gain|volume|response [--listener ID]]</translation>
    </message>
    <message>
        <source>No headphones &quot;%1&quot; in %2</source>
        <translation>No hay auriculares «%1» en %2</translation>
    </message>
    <message>
        <source>--provenance: &quot;%1&quot; is not manufacturer, measurement or estimate</source>
        <translation>--provenance: «%1» no es manufacturer, measurement ni estimate</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importada de %1</translation>
    </message>
    <message>
        <source> (%1 in the file, at most %2 per octave kept)</source>
        <translation> (%1 en el archivo; se conservan como máximo %2 por octava)</translation>
    </message>
    <message>
        <source>the file has no phase: the curve is taken as resistive</source>
        <translation>el archivo no tiene fase: la curva se toma como resistiva</translation>
    </message>
    <message>
        <source>The file is a measured impedance curve (REW, ARTA, LIMP, DATS text export or CSV: hertz, ohms, phase) for these headphones; a catalog product gets a copy in your gear.</source>
        <translation>El archivo es una curva de impedancia medida (exportación de texto de REW, ARTA, LIMP, DATS o CSV: hercios, ohmios, fase) para estos auriculares; un producto del catálogo recibe una copia en tu equipo.</translation>
    </message>
    <message>
        <source>Where the curve was published (a web address).</source>
        <translation>Dónde se publicó la curva (una dirección web).</translation>
    </message>
    <message>
        <source>manufacturer, measurement or estimate (default: measurement).</source>
        <translation>manufacturer, measurement o estimate (por defecto: measurement).</translation>
    </message>
    <message>
        <source>A CSV or JSON file of products, or with --curve-for a measured impedance curve.</source>
        <translation>Un archivo CSV o JSON de productos, o con --curve-for una curva de impedancia medida.</translation>
    </message>
    <message>
        <source>  gear search [TEXT] [--kind K] [--where FIGURE&gt;=N]   find products
  gear show ID                 a product&apos;s figures and sources
  gear add FILE                add a product (JSON) to your gear
  gear remove ID               remove a product from your gear
  gear import FILE [--dry-run] import a CSV or JSON file into your gear
  gear import CURVE --curve-for ID [--source URL]
                               a measured impedance curve for headphones
  gear export [--format csv|json] [--out FILE]
  gear validate FILES…         check product files
  gear compile --out DB FILES… build the catalog database
</source>
        <translation>  gear search [TEXT] [--kind K] [--where FIGURE&gt;=N]   buscar productos
  gear show ID                 datos de un producto y sus fuentes
  gear add FILE                añadir un producto (JSON) a tu equipo
  gear remove ID               quitar un producto de tu equipo
  gear import FILE [--dry-run] importar un archivo CSV o JSON a tu equipo
  gear import CURVE --curve-for ID [--source URL]
                               una curva de impedancia medida para unos auriculares
  gear export [--format csv|json] [--out FILE]
  gear validate FILES…         comprobar archivos de productos
  gear compile --out DB FILES… generar la base de datos del catálogo
</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has an impedance curve of %n point(s)</source>
        <translation>
            <numerusform>%1 tiene ahora una curva de impedancia de %n punto</numerusform>
            <numerusform>%1 tiene ahora una curva de impedancia de %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with status 1 when a listener falls short of the target (marginal, needs an amp, not connected).</source>
        <translation>Salir con estado 1 cuando un oyente no alcanza el objetivo (justo, necesita un amplificador, sin conectar).</translation>
    </message>
    <message>
        <source>The shop&apos;s shared server, postgresql://user@host[:port]/database (default: $HEADROOM_SERVER). The password comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>El servidor compartido de la tienda, postgresql://usuario@host[:puerto]/base_de_datos (predeterminado: $HEADROOM_SERVER). La contraseña se toma de ~/.pgpass o PGPASSWORD.</translation>
    </message>
    <message>
        <source>  (the shop&apos;s gear)</source>
        <translation>  (equipo de la tienda)</translation>
    </message>
    <message>
        <source>, the shop&apos;s gear</source>
        <translation>, equipo de la tienda</translation>
    </message>
    <message>
        <source>name the server with --server URL or $HEADROOM_SERVER</source>
        <translation>indica el servidor con --server URL o $HEADROOM_SERVER</translation>
    </message>
    <message>
        <source>Create or update the server&apos;s schema, in one transaction (the shop&apos;s administrator).</source>
        <translation>Crear o actualizar el esquema del servidor en una sola transacción (para quien administra la tienda).</translation>
    </message>
    <message>
        <source>the schema is at version %1 already</source>
        <translation>el esquema ya está en la versión %1</translation>
    </message>
    <message>
        <source>the schema went from version %1 to %2</source>
        <translation>el esquema ha pasado de la versión %1 a la %2</translation>
    </message>
    <message>
        <source>Say what the server holds and who you are on it.</source>
        <translation>Mostrar qué contiene el servidor y quién eres en él.</translation>
    </message>
    <message>
        <source>schema version %1, you are %2</source>
        <translation>versión del esquema %1, eres %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shared product(s)</source>
        <translation>
            <numerusform>%n producto compartido</numerusform>
            <numerusform>%n productos compartidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared project(s)</source>
        <translation>
            <numerusform>%n proyecto compartido</numerusform>
            <numerusform>%n proyectos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the files and change nothing.</source>
        <translation>Comprobar los archivos sin cambiar nada.</translation>
    </message>
    <message>
        <source>CSV or JSON files of products.</source>
        <translation>Archivos CSV o JSON de productos.</translation>
    </message>
    <message>
        <source>Add products to the shop&apos;s shared gear: all of them or, on any error, none.</source>
        <translation>Añadir productos al equipo compartido de la tienda: todos o, ante cualquier error, ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be added to the shop&apos;s gear</source>
        <translation>
            <numerusform>se añadiría %n producto al equipo de la tienda</numerusform>
            <numerusform>se añadirían %n productos al equipo de la tienda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added to the shop&apos;s gear</source>
        <translation>
            <numerusform>%n producto añadido al equipo de la tienda</numerusform>
            <numerusform>%n productos añadidos al equipo de la tienda</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared product&apos;s id.</source>
        <translation>El id del producto compartido.</translation>
    </message>
    <message>
        <source>Remove a product from the shop&apos;s shared gear.</source>
        <translation>Quitar un producto del equipo compartido de la tienda.</translation>
    </message>
    <message>
        <source>List the shop&apos;s shared projects.</source>
        <translation>Listar los proyectos compartidos de la tienda.</translation>
    </message>
    <message>
        <source>revision %1, saved by %2 at %3</source>
        <translation>revisión %1, guardada por %2 el %3</translation>
    </message>
    <message>
        <source>no shared projects</source>
        <translation>no hay proyectos compartidos</translation>
    </message>
    <message>
        <source>The .headroom file to write.</source>
        <translation>El archivo .headroom que se escribe.</translation>
    </message>
    <message>
        <source>The shared project&apos;s id (see server projects).</source>
        <translation>El id del proyecto compartido (ver server projects).</translation>
    </message>
    <message>
        <source>Fetch a shared project into a file.</source>
        <translation>Traer un proyecto compartido a un archivo.</translation>
    </message>
    <message>
        <source>name the file to write with --out</source>
        <translation>indica con --out el archivo que se escribe</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <extracomment>%1 project name, %2 revision</extracomment>
        <translation>%1, revisión %2</translation>
    </message>
    <message>
        <source>The project&apos;s name on the server (default: the file&apos;s).</source>
        <translation>El nombre del proyecto en el servidor (predeterminado: el del archivo).</translation>
    </message>
    <message>
        <source>Save over this shared project…</source>
        <translation>Guardar sobre este proyecto compartido…</translation>
    </message>
    <message>
        <source>…only if it is still at this revision (the one you fetched).</source>
        <translation>…solo si sigue en esta revisión (la que trajiste).</translation>
    </message>
    <message>
        <source>The .headroom file.</source>
        <translation>El archivo .headroom.</translation>
    </message>
    <message>
        <source>Save a project to the server.</source>
        <translation>Guardar un proyecto en el servidor.</translation>
    </message>
    <message>
        <source>--id and --revision go together: a save over a project names the revision it is based on</source>
        <translation>--id y --revision van juntos: guardar sobre un proyecto indica la revisión de la que parte</translation>
    </message>
    <message>
        <source>nothing was saved: fetch the project again (server open), or save yours as a copy (without --id)</source>
        <translation>no se ha guardado nada: vuelve a traer el proyecto (server open) o guarda el tuyo como copia (sin --id)</translation>
    </message>
    <message>
        <source>saved as %1, revision %2</source>
        <extracomment>%1 project id, %2 revision</extracomment>
        <translation>guardado como %1, revisión %2</translation>
    </message>
    <message>
        <source>unknown server command &quot;%1&quot;
</source>
        <translation>orden de server desconocida «%1»
</translation>
    </message>
    <message>
        <source>Usage: headroom-cli server COMMAND [--server URL] [OPTIONS]
</source>
        <translation>Uso: headroom-cli server ORDEN [--server URL] [OPCIONES]
</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s products that have the same ids (a stock list imported again).</source>
        <translation>Reemplazar los productos de la tienda con los mismos id (una lista de existencias importada de nuevo).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added to or replaced in the shop&apos;s gear</source>
        <translation>
            <numerusform>%n producto añadido o reemplazado en el equipo de la tienda</numerusform>
            <numerusform>%n productos añadidos o reemplazados en el equipo de la tienda</numerusform>
        </translation>
    </message>
    <message>
        <source>  server migrate               create or update a shop server&apos;s schema
  server status                what the shop&apos;s server holds
  server import FILES… [--dry-run] [--update]  add products to the shop&apos;s shared gear
  server remove ID             remove a product from the shop&apos;s gear
  server projects              list the shared projects
  server open ID --out FILE    fetch a shared project
  server save FILE [--id ID --revision N] [--name NAME]
                               save a project to the server
</source>
        <translation>  server migrate               crear o actualizar el esquema del servidor de una tienda
  server status                qué contiene el servidor de la tienda
  server import FILES… [--dry-run] [--update]  añadir productos al equipo compartido
  server remove ID             quitar un producto del equipo de la tienda
  server projects              listar los proyectos compartidos
  server open ID --out FILE    traer un proyecto compartido
  server save FILE [--id ID --revision N] [--name NAME]
                               guardar un proyecto en el servidor
</translation>
    </message>
    <message>
        <source>Your audio interface, mixer, USB microphone, computer or phone (a gear id).</source>
        <translation>Tu interfaz de audio, mezclador, micrófono USB, ordenador o teléfono (un id de equipo).</translation>
    </message>
    <message>
        <source>A microphone into the first input of the interface or mixer (a gear id).</source>
        <translation>Un micrófono en la primera entrada de la interfaz o el mezclador (un id de equipo).</translation>
    </message>
    <message>
        <source>usage: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] [--format text|json] [--save FILE]</source>
        <translation>uso: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] [--format text|json] [--save ARCHIVO]</translation>
    </message>
    <message>
        <source>Usage: headroom-cli COMMAND [OPTIONS]

Commands:
  advise FILE [--format text|json]    suggest gear that fixes what falls short
  analyze FILE [--format text|json]   analyse a .headroom project
  check --source ID --headphones|--monitors ID[,ID…] [--amp ID] [--mic ID]
                                      check the gear you have without drawing a chain
  compare FILE [--variants A,B]       compare a project&apos;s variants side by side
  render FILE --out OUT.wav [--listener ID] [--input AUDIO] [--compare OTHER.headroom]
                                      render what a listener hears
  report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full]
                                      a report to hand over, or the chain&apos;s diagram
</source>
        <translation>Uso: headroom-cli COMMAND [OPTIONS]

Comandos:
  advise FILE [--format text|json]    sugerir equipos que resuelven lo que no llega
  analyze FILE [--format text|json]   analizar un proyecto .headroom
  check --source ID --headphones|--monitors ID[,ID…] [--amp ID] [--mic ID]
                                      comprobar tu equipo sin dibujar una cadena
  compare FILE [--variants A,B]       comparar las variantes de un proyecto lado a lado
  render FILE --out OUT.wav [--listener ID] [--input AUDIO] [--compare OTHER.headroom]
                                      renderizar lo que escucha un oyente
  report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full]
                                      un informe para entregar o el diagrama de la cadena
</translation>
    </message>
    <message>
        <source>A headphone amp, or the power amplifier of passive speakers, fed from the source (a gear id).</source>
        <translation>Un amplificador de auriculares, o la etapa de potencia de altavoces pasivos, alimentado desde la fuente (un id de equipo).</translation>
    </message>
    <message>
        <source>Your studio monitors or passive speakers, on the line outputs: one gear id, or several separated by commas.</source>
        <translation>Sus monitores de estudio o altavoces pasivos, en las salidas de línea: un id de equipo, o varios separados por comas.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>Scale the comparison to the same average SPL as the first render.</source>
        <translation>Ajustar la comparación al mismo nivel de presión sonora medio que el primer renderizado.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Max SPL (full volume)</source>
        <translation>SPL máx. (volumen al máximo)</translation>
    </message>
    <message>
        <source>To the peak target</source>
        <translation>Hasta el objetivo de picos</translation>
    </message>
    <message>
        <source>Volume setting</source>
        <translation>Ajuste de volumen</translation>
    </message>
    <message>
        <source>Hiss</source>
        <translation>Soplido</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Compare variants</source>
        <translation>Comparar variantes</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>not in this variant</source>
        <translation>no está en esta variante</translation>
    </message>
    <message>
        <source>Highlighted: the variants differ here.</source>
        <translation>Resaltado: aquí difieren las variantes.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>not in this variant</source>
        <translation>no está en esta variante</translation>
    </message>
    <message>
        <source>Headroom comparison</source>
        <translation>Comparación de Headroom</translation>
    </message>
    <message>
        <source>Headroom comparison: %1</source>
        <translation>Comparación de Headroom: %1</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>max SPL</source>
        <translation>SPL máx.</translation>
    </message>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>to the target</source>
        <translation>hasta el objetivo</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volumen</translation>
    </message>
    <message>
        <source>hiss</source>
        <translation>soplido</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>* the variants differ here; max SPL at full volume, &quot;to the target&quot; from there to the peak target</source>
        <translation>* aquí difieren las variantes; SPL máx. con el volumen al máximo, «hasta el objetivo» desde ahí hasta el objetivo de picos</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>no such device</source>
        <translation>no existe ese dispositivo</translation>
    </message>
    <message>
        <source>a device cannot feed itself</source>
        <translation>un dispositivo no puede enviarse señal a sí mismo</translation>
    </message>
    <message>
        <source>no such port</source>
        <translation>no existe esa conexión</translation>
    </message>
    <message>
        <source>a cable runs from an output to an input</source>
        <translation>un cable va de una salida a una entrada</translation>
    </message>
    <message>
        <source>this input is already connected to %1</source>
        <translation>esta entrada ya está conectada a %1</translation>
    </message>
    <message>
        <source>%1 output into a %2 input</source>
        <translation>salida (%1) a una entrada (%2)</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>XLR</source>
        <translation>XLR</translation>
    </message>
    <message>
        <source>6.35 mm TRS</source>
        <translation>TRS de 6,35 mm</translation>
    </message>
    <message>
        <source>6.35 mm TS</source>
        <translation>TS de 6,35 mm</translation>
    </message>
    <message>
        <source>3.5 mm TRS</source>
        <translation>TRS de 3,5 mm</translation>
    </message>
    <message>
        <source>RCA</source>
        <translation>RCA</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>XLR/6.35 mm combo</source>
        <translation>Combo XLR/6,35 mm</translation>
    </message>
    <message>
        <source>acoustic</source>
        <translation>acústico</translation>
    </message>
    <message>
        <source>5-pin DIN</source>
        <translation>DIN de 5 pines</translation>
    </message>
    <message>
        <source>speaker terminals</source>
        <translation>bornes de altavoz</translation>
    </message>
</context>
<context>
    <name>CurveText</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>the frequencies must rise, and %1 Hz does not</source>
        <translation>las frecuencias deben crecer, y %1&#xa0;Hz no lo hace</translation>
    </message>
    <message>
        <source>%1 Ω is outside %2 Ω to %3 MΩ</source>
        <translation>%1&#xa0;Ω está fuera de %2&#xa0;Ω a %3&#xa0;MΩ</translation>
    </message>
    <message>
        <source>a phase of %1° is outside ±90°</source>
        <translation>una fase de %1° está fuera de ±90°</translation>
    </message>
    <message>
        <source>some lines have a phase and some do not</source>
        <translation>algunas líneas tienen fase y otras no</translation>
    </message>
    <message>
        <source>no curve found: expected lines of hertz and ohms, and the phase in degrees, from 1 Hz to 200 kHz</source>
        <translation>no se encontró ninguna curva: se esperan líneas de hercios y ohmios, y la fase en grados, de 1&#xa0;Hz a 200&#xa0;kHz</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Voice or acoustic instrument</source>
        <translation>Voz o instrumento acústico</translation>
    </message>
    <message>
        <source>Electric instrument</source>
        <translation>Instrumento eléctrico</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Inline preamp</source>
        <translation>Preamplificador en línea</translation>
    </message>
    <message>
        <source>Audio interface</source>
        <translation>Interfaz de audio</translation>
    </message>
    <message>
        <source>Headphone amp</source>
        <translation>Amplificador de auriculares</translation>
    </message>
    <message>
        <source>Splitter</source>
        <translation>Divisor</translation>
    </message>
    <message>
        <source>Cable or adapter</source>
        <translation>Cable o adaptador</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>Computer, laptop or phone</source>
        <translation>Ordenador, portátil o móvil</translation>
    </message>
    <message>
        <source>Studio monitors (a pair)</source>
        <translation>Monitores de estudio (una pareja)</translation>
    </message>
    <message>
        <source>DI box</source>
        <translation>Caja DI</translation>
    </message>
    <message>
        <source>USB microphone</source>
        <translation>Micrófono USB</translation>
    </message>
    <message>
        <source>Mixer or podcast console</source>
        <translation>Mezclador o consola de pódcast</translation>
    </message>
    <message>
        <source>Mic preamp or channel strip</source>
        <translation>Previo de micrófono o channel strip</translation>
    </message>
    <message>
        <source>Monitor controller</source>
        <translation>Controlador de monitores</translation>
    </message>
    <message>
        <source>Personal monitor mixer</source>
        <translation>Mezclador de monitoraje personal</translation>
    </message>
    <message>
        <source>Keyboard or MIDI controller</source>
        <translation>Teclado o controlador MIDI</translation>
    </message>
    <message>
        <source>Power amplifier</source>
        <translation>Etapa de potencia</translation>
    </message>
    <message>
        <source>Passive speakers (a pair)</source>
        <translation>Altavoces pasivos (un par)</translation>
    </message>
</context>
<context>
    <name>DeviceNode</name>
    <message>
        <source>Findings about this device</source>
        <translation>Observaciones sobre este dispositivo</translation>
    </message>
    <message>
        <source>Drag a cable from %1</source>
        <translation>Arrastrar un cable desde %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Sustituir %1 por %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Update figures from the catalog</source>
        <translation>Actualizar los datos desde el catálogo</translation>
    </message>
    <message>
        <source>Delete %1 devices</source>
        <translation>Eliminar %1 dispositivos</translation>
    </message>
    <message>
        <source>Move %1 devices</source>
        <translation>Mover %1 dispositivos</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Duplicate %1 devices</source>
        <translation>Duplicar %1 dispositivos</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Pegar %1</translation>
    </message>
    <message>
        <source>Paste %1 devices</source>
        <translation>Pegar %1 dispositivos</translation>
    </message>
    <message>
        <source>Arrange by signal flow</source>
        <translation>Ordenar por flujo de señal</translation>
    </message>
    <message>
        <source>Connect %1 to %2 through an adapter</source>
        <translation>Conectar %1 a %2 mediante un adaptador</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Comprobación rápida</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>Duplicate as %1</source>
        <translation>Duplicar como %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Delete variant %1</source>
        <translation>Eliminar la variante %1</translation>
    </message>
    <message>
        <source>%1 as a variant</source>
        <translation>%1 como variante</translation>
    </message>
    <message>
        <source>%1 of %2 stays as it is: %3</source>
        <translation>%1 de %2 no cambia: %3</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Microphone type</source>
        <translation>Tipo de micrófono</translation>
    </message>
    <message>
        <source>the product page</source>
        <translation>la página del producto</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row (mV/Pa or dBV/Pa)</source>
        <translation>la fila «Sensibilidad» («Sensitivity») de la hoja de datos (mV/Pa o dBV/Pa)</translation>
    </message>
    <message>
        <source>Output impedance</source>
        <translation>Impedancia de salida</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output impedance&quot; or &quot;Rated impedance&quot; row</source>
        <translation>la fila «Impedancia de salida» o «Impedancia nominal» («Output impedance» o «Rated impedance») de la hoja de datos</translation>
    </message>
    <message>
        <source>Self-noise</source>
        <translation>Ruido propio</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Equivalent noise level&quot; row</source>
        <translation>la fila «Nivel de ruido equivalente» («Equivalent noise level») de la hoja de datos</translation>
    </message>
    <message>
        <source>Maximum SPL</source>
        <translation>SPL máximo</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Maximum SPL&quot; row</source>
        <translation>la fila «SPL máximo» («Maximum SPL») de la hoja de datos</translation>
    </message>
    <message>
        <source>Needs phantom power</source>
        <translation>Requiere alimentación phantom</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Gain&quot; row</source>
        <translation>la fila «Ganancia» («Gain») de la hoja de datos</translation>
    </message>
    <message>
        <source>Input impedance</source>
        <translation>Impedancia de entrada</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input impedance&quot; row</source>
        <translation>la fila «Impedancia de entrada» («Input impedance») de la hoja de datos</translation>
    </message>
    <message>
        <source>Equivalent input noise</source>
        <translation>Ruido equivalente de entrada (EIN)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;EIN&quot; row</source>
        <translation>la fila «Ruido equivalente de entrada» («EIN») de la hoja de datos</translation>
    </message>
    <message>
        <source>Passes phantom power on</source>
        <translation>Deja pasar la alimentación phantom</translation>
    </message>
    <message>
        <source>the manual</source>
        <translation>el manual</translation>
    </message>
    <message>
        <source>Typical output level</source>
        <translation>Nivel de salida típico</translation>
    </message>
    <message>
        <source>a measurement of the pickup&apos;s output</source>
        <translation>una medición de la salida de la pastilla</translation>
    </message>
    <message>
        <source>Mic/line/instrument inputs</source>
        <translation>Entradas de micro/línea/instrumento</translation>
    </message>
    <message>
        <source>Line-only inputs</source>
        <translation>Entradas solo de línea</translation>
    </message>
    <message>
        <source>Minimum preamp gain</source>
        <translation>Ganancia mínima del preamplificador</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Gain range&quot; row</source>
        <translation>la fila «Rango de ganancia» («Gain range») de la hoja de datos</translation>
    </message>
    <message>
        <source>Maximum preamp gain</source>
        <translation>Ganancia máxima del preamplificador</translation>
    </message>
    <message>
        <source>Preamp gain range (span)</source>
        <translation>Rango de ganancia del preamplificador (amplitud)</translation>
    </message>
    <message>
        <source>Mic input maximum level (minimum gain)</source>
        <translation>Nivel máximo de la entrada de micro (con ganancia mínima)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s mic input &quot;Maximum input level&quot; row</source>
        <translation>la fila «Nivel máximo de entrada» («Maximum input level») de la entrada de micro en la hoja de datos</translation>
    </message>
    <message>
        <source>Mic input impedance</source>
        <translation>Impedancia de la entrada de micro</translation>
    </message>
    <message>
        <source>the datasheet&apos;s mic input &quot;Input impedance&quot; row</source>
        <translation>la fila «Impedancia de entrada» («Input impedance») de la entrada de micro en la hoja de datos</translation>
    </message>
    <message>
        <source>Line input maximum level</source>
        <translation>Nivel máximo de la entrada de línea</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line input &quot;Maximum input level&quot; row</source>
        <translation>la fila «Nivel máximo de entrada» («Maximum input level») de la entrada de línea en la hoja de datos</translation>
    </message>
    <message>
        <source>Line input impedance</source>
        <translation>Impedancia de la entrada de línea</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line input &quot;Input impedance&quot; row</source>
        <translation>la fila «Impedancia de entrada» («Input impedance») de la entrada de línea en la hoja de datos</translation>
    </message>
    <message>
        <source>Instrument input maximum level</source>
        <translation>Nivel máximo de la entrada de instrumento</translation>
    </message>
    <message>
        <source>the datasheet&apos;s instrument input &quot;Maximum input level&quot; row</source>
        <translation>la fila «Nivel máximo de entrada» («Maximum input level») de la entrada de instrumento en la hoja de datos</translation>
    </message>
    <message>
        <source>Instrument input impedance</source>
        <translation>Impedancia de la entrada de instrumento</translation>
    </message>
    <message>
        <source>the datasheet&apos;s instrument input &quot;Input impedance&quot; row</source>
        <translation>la fila «Impedancia de entrada» («Input impedance») de la entrada de instrumento en la hoja de datos</translation>
    </message>
    <message>
        <source>Phantom power switch</source>
        <translation>Interruptor de alimentación phantom</translation>
    </message>
    <message>
        <source>Hi-Z (instrument) switch</source>
        <translation>Interruptor Hi-Z (instrumento)</translation>
    </message>
    <message>
        <source>Direct monitoring</source>
        <translation>Monitorización directa</translation>
    </message>
    <message>
        <source>Line output pairs</source>
        <translation>Pares de salidas de línea</translation>
    </message>
    <message>
        <source>Line output maximum level</source>
        <translation>Nivel máximo de la salida de línea</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Maximum output level&quot; row</source>
        <translation>la fila «Nivel máximo de salida» («Maximum output level») de la salida de línea en la hoja de datos</translation>
    </message>
    <message>
        <source>Line output impedance</source>
        <translation>Impedancia de la salida de línea</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Output impedance&quot; row</source>
        <translation>la fila «Impedancia de salida» («Output impedance») de la salida de línea en la hoja de datos</translation>
    </message>
    <message>
        <source>Balanced line outputs</source>
        <translation>Salidas de línea balanceadas</translation>
    </message>
    <message>
        <source>Line output dynamic range</source>
        <translation>Rango dinámico de la salida de línea</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Dynamic range&quot; row</source>
        <translation>la fila «Rango dinámico» («Dynamic range») de la salida de línea en la hoja de datos</translation>
    </message>
    <message>
        <source>Headphone outputs</source>
        <translation>Salidas de auriculares</translation>
    </message>
    <message>
        <source>Headphone output maximum level</source>
        <translation>Nivel máximo de la salida de auriculares</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone output &quot;Maximum output level&quot; row</source>
        <translation>la fila «Nivel máximo de salida» («Maximum output level») de la salida de auriculares en la hoja de datos</translation>
    </message>
    <message>
        <source>Load of the maximum level (blank: open circuit)</source>
        <translation>Carga para el nivel máximo (en blanco: circuito abierto)</translation>
    </message>
    <message>
        <source>the same datasheet row</source>
        <translation>la misma fila de la hoja de datos</translation>
    </message>
    <message>
        <source>Headphone output impedance</source>
        <translation>Impedancia de la salida de auriculares</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone &quot;Output impedance&quot; row or an independent measurement</source>
        <translation>la fila «Impedancia de salida» («Output impedance») de la salida de auriculares en la hoja de datos, o una medición independiente</translation>
    </message>
    <message>
        <source>Headphone output current limit</source>
        <translation>Límite de corriente de la salida de auriculares</translation>
    </message>
    <message>
        <source>an independent measurement</source>
        <translation>una medición independiente</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Potencia nominal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output power&quot; row</source>
        <translation>la fila «Potencia de salida» («Output power») de la hoja de datos</translation>
    </message>
    <message>
        <source>Load of the rated power</source>
        <translation>Carga para la potencia nominal</translation>
    </message>
    <message>
        <source>Second rated power</source>
        <translation>Segunda potencia nominal</translation>
    </message>
    <message>
        <source>Load of the second rated power</source>
        <translation>Carga para la segunda potencia nominal</translation>
    </message>
    <message>
        <source>Headphone output dynamic range</source>
        <translation>Rango dinámico de la salida de auriculares</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone &quot;Dynamic range&quot; row</source>
        <translation>la fila «Rango dinámico» («Dynamic range») de la salida de auriculares en la hoja de datos</translation>
    </message>
    <message>
        <source>Output noise</source>
        <translation>Ruido de salida</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Noise&quot; row or an independent measurement</source>
        <translation>la fila «Ruido» («Noise») de la hoja de datos, o una medición independiente</translation>
    </message>
    <message>
        <source>Headphone connector</source>
        <translation>Conector de auriculares</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>An input per channel</source>
        <translation>Una entrada por canal</translation>
    </message>
    <message>
        <source>Thru output</source>
        <translation>Salida thru</translation>
    </message>
    <message>
        <source>Minimum load</source>
        <translation>Carga mínima</translation>
    </message>
    <message>
        <source>Input connector</source>
        <translation>Conector de entrada</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Output connector</source>
        <translation>Conector de salida</translation>
    </message>
    <message>
        <source>Level change</source>
        <translation>Cambio de nivel</translation>
    </message>
    <message>
        <source>the manual of the output it is plugged into</source>
        <translation>el manual del equipo a cuya salida se conecta</translation>
    </message>
    <message>
        <source>Nominal impedance</source>
        <translation>Impedancia nominal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Nominal impedance&quot; row</source>
        <translation>la fila «Impedancia nominal» («Nominal impedance») de la hoja de datos</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; or &quot;SPL&quot; row (note whether it is per mW or per V)</source>
        <translation>la fila «Sensibilidad» o «SPL» («Sensitivity» o «SPL») de la hoja de datos (fíjate en si se da por mW o por V)</translation>
    </message>
    <message>
        <source>Sensitivity reference</source>
        <translation>Referencia de la sensibilidad</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row</source>
        <translation>la fila «Sensibilidad» («Sensitivity») de la hoja de datos</translation>
    </message>
    <message>
        <source>Maximum input power</source>
        <translation>Potencia máxima admisible</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Maximum input power&quot; row</source>
        <translation>la fila «Potencia máxima admisible» («Maximum input power») de la hoja de datos</translation>
    </message>
    <message>
        <source>Plug</source>
        <translation>Clavija</translation>
    </message>
    <message>
        <source>Active (own amplifier)</source>
        <translation>Activo (con amplificador propio)</translation>
    </message>
    <message>
        <source>Input level for the reference SPL</source>
        <translation>Nivel de entrada para el SPL de referencia</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input sensitivity&quot; row</source>
        <translation>la fila «Sensibilidad de entrada» de la hoja de datos</translation>
    </message>
    <message>
        <source>Reference SPL at 1 m</source>
        <translation>SPL de referencia a 1 m</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input sensitivity&quot; row (the SPL it is stated for)</source>
        <translation>la fila «Sensibilidad de entrada» de la hoja de datos (el SPL para el que se indica)</translation>
    </message>
    <message>
        <source>Balanced input</source>
        <translation>Entrada balanceada</translation>
    </message>
    <message>
        <source>Interface latency (round trip without the buffers)</source>
        <translation>Latencia de la interfaz (ida y vuelta sin los búferes)</translation>
    </message>
    <message>
        <source>the maker&apos;s latency table: the round trip minus the computer&apos;s input and output buffers</source>
        <translation>la tabla de latencias del fabricante: la ida y vuelta menos los búferes de entrada y salida del ordenador</translation>
    </message>
    <message>
        <source>USB audio from the computer</source>
        <translation>Audio USB desde el ordenador</translation>
    </message>
    <message>
        <source>MIDI inputs (5-pin DIN)</source>
        <translation>Entradas MIDI (DIN de 5 pines)</translation>
    </message>
    <message>
        <source>MIDI outputs (5-pin DIN)</source>
        <translation>Salidas MIDI (DIN de 5 pines)</translation>
    </message>
    <message>
        <source>MIDI thru</source>
        <translation>MIDI thru</translation>
    </message>
    <message>
        <source>USB MIDI</source>
        <translation>MIDI por USB</translation>
    </message>
    <message>
        <source>Rated power per channel</source>
        <translation>Potencia nominal por canal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output power&quot; row (continuous, both channels driven)</source>
        <translation>la fila «Potencia de salida» de la hoja de datos (continua, ambos canales excitados)</translation>
    </message>
    <message>
        <source>Second rated power per channel</source>
        <translation>Segunda potencia nominal por canal</translation>
    </message>
    <message>
        <source>Input level for rated power</source>
        <translation>Nivel de entrada para la potencia nominal</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio at rated power</source>
        <translation>Relación señal/ruido a potencia nominal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Signal-to-noise ratio&quot; row</source>
        <translation>la fila «Relación señal/ruido» de la hoja de datos</translation>
    </message>
    <message>
        <source>Sensitivity at 1 m</source>
        <translation>Sensibilidad a 1 m</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row (note whether it is for 1 W or 2.83 V)</source>
        <translation>la fila «Sensibilidad» de la hoja de datos (indique si es para 1 W o 2,83 V)</translation>
    </message>
    <message>
        <source>Sensitivity stated for</source>
        <translation>Sensibilidad indicada para</translation>
    </message>
    <message>
        <source>Power handling (continuous)</source>
        <translation>Potencia admisible (continua)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Power handling&quot; row (continuous, RMS or AES, not peak)</source>
        <translation>la fila «Potencia admisible» de la hoja de datos (continua, RMS o AES, no de pico)</translation>
    </message>
    <message>
        <source>Aux (monitor) send</source>
        <translation>Envío auxiliar (monitores)</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 needs a headphone amp: %2 dB short of %3 dB SPL peaks on %4 (it reaches %5 dB SPL; it needs %6 V, %7 mW)</source>
        <translation>Para %1 hace falta un amplificador de auriculares: con %4 faltan %2 dB para picos de %3 dB SPL (se alcanzan %5 dB SPL; se necesitan %6 V, %7 mW)</translation>
    </message>
    <message>
        <source>%1 is %2 dB short of %3 dB SPL peaks even on %4 (it reaches %5 dB SPL; it needs %6 V, %7 mW): choose a more powerful amp</source>
        <translation>A %1 le faltan %2 dB para picos de %3 dB SPL incluso con %4 (se alcanzan %5 dB SPL; se necesitan %6 V, %7 mW): elige un amplificador más potente</translation>
    </message>
    <message>
        <source>%1 is marginal on %2: %3 dB short of %4 dB SPL peaks (it reaches %5 dB SPL). Enough for compressed music; a headphone amp would leave room to spare</source>
        <translation>Con %2, el nivel de %1 queda justo: faltan %3 dB para picos de %4 dB SPL (se alcanzan %5 dB SPL). Basta para música comprimida; un amplificador de auriculares dejaría margen de sobra</translation>
    </message>
    <message>
        <source>%1&apos;s output impedance (%2 Ω) is above 1/8 of %3&apos;s %4 Ω: the level drops %5 dB</source>
        <translation>La impedancia de salida de %1 (%2 Ω) supera 1/8 de los %4 Ω de %3: el nivel baja %5 dB</translation>
    </message>
    <message>
        <source>%1 and the frequency response varies by %2 dB</source>
        <translation>%1 y la respuesta en frecuencia varía %2 dB</translation>
    </message>
    <message>
        <source>%1 and the tone may shift (add the impedance curve to compute by how much)</source>
        <translation>%1 y el timbre puede cambiar (añade la curva de impedancia para calcular cuánto)</translation>
    </message>
    <message>
        <source>The %1 costs its %2 listeners %3 to %4 dB of level; %5 plays %6 dB louder than %7</source>
        <translation>Con %1, sus %2 oyentes pierden entre %3 y %4 dB de nivel; %5 suena %6 dB más fuerte que %7</translation>
    </message>
    <message>
        <source>%1 reaches its current limit into %2 Ω: current, not voltage, sets its maximum</source>
        <translation>En %1 se alcanza el límite de corriente con %2 Ω: es la corriente, no la tensión, la que fija el máximo</translation>
    </message>
    <message>
        <source>Clipping at %1 by %2 dB</source>
        <translation>Saturación de %2 dB en %1</translation>
    </message>
    <message>
        <source>Not enough preamp gain on %1: it needs %2 dB, the preamp gives at most %3 dB (%4 dB short)</source>
        <translation>Falta ganancia de preamplificador en %1: se necesitan %2 dB y el preamplificador da como máximo %3 dB (faltan %4 dB)</translation>
    </message>
    <message>
        <source>%1. An inline preamp (about +%2 dB) fixes it</source>
        <translation>%1. Un preamplificador en línea (unos +%2 dB) lo soluciona</translation>
    </message>
    <message>
        <source>%1, even with the inline preamp: move the mic closer or use a preamp with more gain</source>
        <translation>%1, incluso con el preamplificador en línea: acerca el micrófono o usa un preamplificador con más ganancia</translation>
    </message>
    <message>
        <source>%1 records at %2 dBFS on average: raise the gain to about %3 dB</source>
        <translation>En %1 se graba a %2 dBFS de media: sube la ganancia a unos %3 dB</translation>
    </message>
    <message>
        <source>%1 gets no phantom power: turn on 48 V at the input it plugs into</source>
        <translation>%1 no recibe alimentación phantom: activa los 48 V en la entrada a la que está conectado</translation>
    </message>
    <message>
        <source>Phantom power is off for the condenser %1: turn on 48 V at its input (through an inline preamp that does not pass phantom, a condenser stays silent)</source>
        <translation>La alimentación phantom está desactivada para el micrófono de condensador %1: activa los 48 V en su entrada (a través de un preamplificador en línea que no deja pasar la phantom, un micrófono de condensador no suena)</translation>
    </message>
    <message>
        <source>Phantom power is on at the input of the ribbon mic %1: turn it off (on a faulty cable or patch bay it can damage a passive ribbon)</source>
        <translation>La alimentación phantom está activada en la entrada del micrófono de cinta %1: desactívala (con un cable o un patchbay defectuosos puede dañar un micrófono de cinta pasivo)</translation>
    </message>
    <message>
        <source>An instrument is plugged into %1 without Hi-Z: switch on Hi-Z/INST, or the input loads the pickup and dulls its treble</source>
        <translation>Hay un instrumento conectado a %1 sin Hi-Z: activa Hi-Z/INST; si no, la entrada carga la pastilla y apaga los agudos</translation>
    </message>
    <message>
        <source>Double amping: %1 feeds a headphone amp while its line outputs are free; use a line output for a cleaner, quieter signal</source>
        <translation>Doble amplificación: %1 va a un amplificador de auriculares aunque las salidas de línea están libres; usa una salida de línea para obtener una señal más limpia y con menos ruido</translation>
    </message>
    <message>
        <source>%1 drives a load only %2 times its output impedance (10 times or more is usual): %3 dB lost</source>
        <translation>La carga de %1 es solo %2 veces su impedancia de salida (lo habitual es 10 veces o más): se pierden %3 dB</translation>
    </message>
    <message>
        <source>%1 averages %2 dB SPL, over 85 dB(A): safe for about %3 a day</source>
        <translation>Con %1, la media es de %2 dB SPL, por encima de 85 dB(A): exposición segura durante unos %3 al día</translation>
    </message>
    <message>
        <source>Audible hiss at %1: %2 dB SPL in quiet passages</source>
        <translation>Ruido de fondo audible en %1: %2 dB SPL en los pasajes silenciosos</translation>
    </message>
    <message>
        <source>Faint hiss at %1: %2 dB SPL, heard only in a very quiet room</source>
        <translation>Ruido de fondo leve en %1: %2 dB SPL, solo audible en una sala muy silenciosa</translation>
    </message>
    <message>
        <source>%1 gets %2 mW peaks, above its %3 mW maximum input power</source>
        <translation>%1 recibe picos de %2 mW, por encima de su potencia máxima admisible de %3 mW</translation>
    </message>
    <message>
        <source>%1 drives %2 Ω, below its minimum load of %3 Ω</source>
        <translation>La carga de %1 es de %2 Ω, por debajo de su carga mínima de %3 Ω</translation>
    </message>
    <message>
        <source>%1 into %2 needs an adapter between %3 and %4</source>
        <translation>Para conectar %1 a %2 hace falta un adaptador de %3 a %4</translation>
    </message>
    <message>
        <source>about %1 dB too %2</source>
        <translation>unos %1 dB %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>de menos</translation>
    </message>
    <message>
        <source>high</source>
        <translation>de más</translation>
    </message>
    <message>
        <source>%1 output from %2 into %3, a %4 input: %5</source>
        <translation>%2 envía %1 a %3, una entrada de %4: %5</translation>
    </message>
    <message>
        <source>Invalid connection %1: it must run from an existing output to an existing input, and sound only reaches microphones, USB only USB</source>
        <translation>Conexión no válida %1: debe ir de una salida existente a una entrada existente; el sonido solo llega a micrófonos, y el USB solo a USB</translation>
    </message>
    <message>
        <source>%1 has more than one cable; only the first counts</source>
        <translation>En %1 hay más de un cable; solo cuenta el primero</translation>
    </message>
    <message>
        <source>%1 is part of a loop; its signal is not analysed</source>
        <translation>%1 forma parte de un bucle; su señal no se analiza</translation>
    </message>
    <message>
        <source>%1 is not connected to anything that plays</source>
        <translation>%1 no está conectado a nada que reproduzca sonido</translation>
    </message>
    <message>
        <source>%1 has nothing plugged into its input</source>
        <translation>La entrada de %1 no tiene nada conectado</translation>
    </message>
    <message>
        <source>Nothing plays to %1: connect a computer&apos;s playback or turn on direct monitoring</source>
        <translation>No llega nada a %1: conecta la reproducción de un ordenador o activa la monitorización directa</translation>
    </message>
    <message>
        <source>%1: %2 is unknown, a typical %3 %4 is used; find it in %5</source>
        <translation>%1: se desconoce «%2» y se usa un valor típico de %3 %4; consulta %5</translation>
    </message>
    <message>
        <source>sit closer or choose bigger monitors</source>
        <translation>siéntate más cerca o elige monitores más grandes</translation>
    </message>
    <message>
        <source>turn their level control up</source>
        <translation>sube su control de nivel</translation>
    </message>
    <message>
        <source>%1 runs out of level first; turn their level control up</source>
        <translation>%1 se queda sin nivel antes; sube su control de nivel</translation>
    </message>
    <message>
        <source>%1 reach %2 dB SPL at %3 m, %4 dB short of %5 dB SPL peaks: %6</source>
        <translation>%1 llegan a %2 dB SPL a %3 m, %4 dB por debajo de picos de %5 dB SPL: %6</translation>
    </message>
    <message>
        <source>%1 are driven %2 dB past their maximum SPL: their limiters or drivers distort; turn down</source>
        <translation>%1 se llevan %2 dB por encima de su SPL máximo: sus limitadores o altavoces distorsionan; baja el volumen</translation>
    </message>
    <message>
        <source>%1 hears the inputs %2 ms late, through the computer (%3 samples at %4 Hz): </source>
        <translation>%1 oye las entradas %2 ms tarde, a través del ordenador (%3 muestras a %4 Hz): </translation>
    </message>
    <message>
        <source>turn on direct monitoring, or set a 32-sample buffer (%1 ms)</source>
        <translation>activa la monitorización directa o ajusta un búfer de 32 muestras (%1 ms)</translation>
    </message>
    <message>
        <source>set a 32-sample buffer (%1 ms)</source>
        <translation>ajusta un búfer de 32 muestras (%1 ms)</translation>
    </message>
    <message>
        <source>The cable from %1 to %2 is unbalanced at one end: keep it short (a few metres) and away from mains cables, or it may hum</source>
        <translation>El cable de %1 a %2 no está balanceado en un extremo: mantenlo corto (unos metros) y lejos de los cables de red, o puede zumbar</translation>
    </message>
    <message>
        <source>%1: move closer to the microphone, or speak up</source>
        <translation>%1: acércate al micrófono o habla más alto</translation>
    </message>
    <message>
        <source>The inputs of %1 clip: the peaks are %2 dB over; turn down %3 and their level control up</source>
        <translation>Las entradas de %1 saturan: los picos sobran %2 dB; baja %3 y sube su control de nivel</translation>
    </message>
    <message>
        <source>their power rating stops them first; sit closer or choose more sensitive speakers</source>
        <translation>su potencia admisible los limita primero; siéntese más cerca o elija altavoces más sensibles</translation>
    </message>
    <message>
        <source>%1 runs out of power first; choose a more powerful amplifier or more sensitive speakers</source>
        <translation>%1 se queda sin potencia primero; elija un amplificador más potente o altavoces más sensibles</translation>
    </message>
    <message>
        <source>%1 are driven %2 dB past their power rating: turn %3 down before their voice coils burn</source>
        <translation>%1 reciben %2 dB por encima de su potencia admisible: baje %3 antes de que se quemen sus bobinas</translation>
    </message>
    <message>
        <source>maximum level and output impedance</source>
        <translation>nivel máximo e impedancia de salida</translation>
    </message>
    <message>
        <source>maximum level</source>
        <translation>nivel máximo</translation>
    </message>
    <message>
        <source>output impedance</source>
        <translation>impedancia de salida</translation>
    </message>
    <message>
        <source>%1 dBu</source>
        <translation>%1 dBu</translation>
    </message>
    <message>
        <source>%1 Ω</source>
        <translation>%1 Ω</translation>
    </message>
    <message>
        <source>Whether %1 is loud enough on %2 depends on its headphone output&apos;s unknown %3: %4 dB short with typical values, %5 dB to spare if it matches the strongest output of its kind known (%6)</source>
        <translation>Que %1 suene lo bastante fuerte en %2 depende de datos desconocidos de su salida de auriculares (%3): faltan %4 dB con valores típicos, %5 dB de margen si iguala la salida más potente conocida de su tipo (%6)</translation>
    </message>
    <message>
        <source>%1 stays %2 dB short on %3 even if its headphone output&apos;s unknown %4 matched the strongest output of its kind known (%5)</source>
        <translation>A %1 le siguen faltando %2 dB en %3 aunque los datos desconocidos de su salida de auriculares (%4) igualaran la salida más potente conocida de su tipo (%5)</translation>
    </message>
</context>
<context>
    <name>FindingTitle</name>
    <message>
        <source>needs a headphone amp</source>
        <translation>necesita un amplificador de auriculares</translation>
    </message>
    <message>
        <source>amp too weak</source>
        <translation>amplificador demasiado débil</translation>
    </message>
    <message>
        <source>marginal level</source>
        <translation>nivel justo</translation>
    </message>
    <message>
        <source>output impedance too high</source>
        <translation>impedancia de salida demasiado alta</translation>
    </message>
    <message>
        <source>splitter loading</source>
        <translation>carga del divisor</translation>
    </message>
    <message>
        <source>current limit</source>
        <translation>límite de corriente</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>saturación</translation>
    </message>
    <message>
        <source>not enough preamp gain</source>
        <translation>falta ganancia de preamplificador</translation>
    </message>
    <message>
        <source>gain too low</source>
        <translation>ganancia demasiado baja</translation>
    </message>
    <message>
        <source>phantom power off</source>
        <translation>alimentación phantom apagada</translation>
    </message>
    <message>
        <source>phantom power on a ribbon</source>
        <translation>alimentación phantom en un micrófono de cinta</translation>
    </message>
    <message>
        <source>instrument not on Hi-Z</source>
        <translation>instrumento sin Hi-Z</translation>
    </message>
    <message>
        <source>double amping</source>
        <translation>doble amplificación</translation>
    </message>
    <message>
        <source>bridging ratio too low</source>
        <translation>relación de puenteo demasiado baja</translation>
    </message>
    <message>
        <source>loud for long listening</source>
        <translation>demasiado alto para escuchar mucho tiempo</translation>
    </message>
    <message>
        <source>audible hiss</source>
        <translation>soplido audible</translation>
    </message>
    <message>
        <source>overpowered headphones</source>
        <translation>auriculares sobrecargados</translation>
    </message>
    <message>
        <source>load below the amp&apos;s minimum</source>
        <translation>carga por debajo del mínimo del amplificador</translation>
    </message>
    <message>
        <source>needs an adapter</source>
        <translation>necesita un adaptador</translation>
    </message>
    <message>
        <source>level mismatch</source>
        <translation>niveles que no coinciden</translation>
    </message>
    <message>
        <source>impossible connection</source>
        <translation>conexión imposible</translation>
    </message>
    <message>
        <source>two cables into one input</source>
        <translation>dos cables en una entrada</translation>
    </message>
    <message>
        <source>signal loop</source>
        <translation>bucle de señal</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>sin señal</translation>
    </message>
    <message>
        <source>estimated figure</source>
        <translation>valor estimado</translation>
    </message>
    <message>
        <source>monitors too quiet</source>
        <translation>monitores demasiado bajos</translation>
    </message>
    <message>
        <source>monitors overloaded</source>
        <translation>monitores saturados</translation>
    </message>
    <message>
        <source>unbalanced cable</source>
        <translation>cable no balanceado</translation>
    </message>
    <message>
        <source>monitoring latency</source>
        <translation>latencia de escucha</translation>
    </message>
    <message>
        <source>verdict rests on unknown figures</source>
        <translation>veredicto basado en datos desconocidos</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimación)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin observaciones</translation>
    </message>
    <message>
        <source>What would fix it?</source>
        <translation>¿Qué lo resolvería?</translation>
    </message>
</context>
<context>
    <name>Gear</name>
    <message>
        <source>&quot;%1&quot; is not a filter like impedanceOhm&gt;=250</source>
        <translation>«%1» no es un filtro del tipo impedanceOhm&gt;=250</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure</source>
        <translation>«%1» no es un dato válido</translation>
    </message>
</context>
<context>
    <name>GearDatabase</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Headroom understands (%3)</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la que entiende esta versión de Headroom (%3)</translation>
    </message>
    <message>
        <source>%1 is not a Headroom gear database: %2</source>
        <translation>%1 no es una base de datos de equipos de Headroom: %2</translation>
    </message>
    <message>
        <source>%1: a product with this id or this brand, model and variant exists already</source>
        <translation>%1: ya existe un producto con este id o con esta marca, modelo y variante</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>no existe el producto «%1»</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Headroom understands (%2)</source>
        <translation>la base de datos tiene la versión de esquema %1, más reciente que la que entiende esta versión de Headroom (%2)</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>ha fallado la migración a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it is damaged or not a database: %1</source>
        <translation>está dañada o no es una base de datos: %1</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open; nothing was written</source>
        <translation>%1 se movió o se borró mientras estaba abierta; no se ha escrito nada</translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation>no se puede iniciar la migración: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Headroom reads version %3 and could not copy it to read it</source>
        <translation>%1 tiene la versión de esquema %2; este Headroom lee la versión %3 y no pudo copiarlo para leerlo</translation>
    </message>
</context>
<context>
    <name>GearEditor</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>el formulario</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not a number</source>
        <translation>Precio: «%1» no es un número</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Level per load: &quot;%1&quot; is not a range; write ohms and volts as in 0-150: 1.25</source>
        <translation>Nivel por carga: «%1» no es un rango; escribe ohmios y voltios como en 0-150: 1,25</translation>
    </message>
    <message>
        <source>Level per load</source>
        <translation>Nivel por carga</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importada de %1</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Curva de impedancia</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), %1 to %2, %3 to %4 Ω</source>
        <translation>
            <numerusform>%n punto, %1 a %2, %3 a %4&#xa0;Ω</numerusform>
            <numerusform>%n puntos, %1 a %2, %3 a %4&#xa0;Ω</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GearEditorDialog</name>
    <message>
        <source>Edit your gear</source>
        <translation>Editar equipo propio</translation>
    </message>
    <message>
        <source>Add your own gear</source>
        <translation>Añadir equipo propio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>e.g. 80 ohm</source>
        <translation>p. ej. 80 ohmios</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Datos procedentes de</translation>
    </message>
    <message>
        <source>the manufacturer</source>
        <translation>el fabricante</translation>
    </message>
    <message>
        <source>a measurement</source>
        <translation>una medición</translation>
    </message>
    <message>
        <source>an estimate</source>
        <translation>una estimación</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Origen de los datos</translation>
    </message>
    <message>
        <source>Source: the spec sheet&apos;s or measurement&apos;s web address</source>
        <translation>Fuente: dirección web de la hoja de datos o de la medición</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Dirección de la fuente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>optional, for a shop</source>
        <translation>opcional, para una tienda</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Código de moneda</translation>
    </message>
    <message>
        <source>Stock note</source>
        <translation>Nota de existencias</translation>
    </message>
    <message>
        <source>e.g. 2 in the Main Street store</source>
        <translation>p. ej., 2 en la tienda de la calle Mayor</translation>
    </message>
    <message>
        <source>Level per load</source>
        <translation>Nivel por carga</translation>
    </message>
    <message>
        <source>only if the output senses its load, e.g. 0-150: 1.25; 150-1000: 3 (ohms: volts)</source>
        <translation>solo si la salida detecta su carga, p. ej. 0-150: 1,25; 150-1000: 3 (ohmios: voltios)</translation>
    </message>
    <message>
        <source>Import a measured impedance curve</source>
        <translation>Importar una curva de impedancia medida</translation>
    </message>
    <message>
        <source>Measurement exports: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)</source>
        <translation>Exportaciones de medición: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Curva de impedancia</translation>
    </message>
    <message>
        <source>none: the nominal impedance at every frequency</source>
        <translation>ninguna: la impedancia nominal en todas las frecuencias</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the impedance curve</source>
        <translation>Quitar la curva de impedancia</translation>
    </message>
</context>
<context>
    <name>GearLibrary</name>
    <message>
        <source>The gear catalog is not available: %1</source>
        <translation>El catálogo de equipos no está disponible: %1</translation>
    </message>
    <message>
        <source>Your gear database could not be read (%1). It was kept as %2 and a new, empty one was started.</source>
        <translation>No se ha podido leer la base de datos de tu equipo (%1). Se ha conservado como %2 y se ha creado una nueva, vacía.</translation>
    </message>
    <message>
        <source>Your gear database is read-only (%1): you can use your gear but not change it.</source>
        <translation>La base de datos de tu equipo es de solo lectura (%1): puedes usar tu equipo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Your own gear is not available: %1</source>
        <translation>Tu equipo propio no está disponible: %1</translation>
    </message>
    <message>
        <source>your gear cannot be changed: its database is not writable</source>
        <translation>no se puede modificar tu equipo: su base de datos no admite escritura</translation>
    </message>
    <message>
        <source>%1 exists already (%2)</source>
        <translation>%1 ya existe (%2)</translation>
    </message>
    <message>
        <source>my copy</source>
        <translation>mi copia</translation>
    </message>
    <message>
        <source>%1, my copy</source>
        <translation>%1, mi copia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your gear (catalog entries are edited as copies)</source>
        <translation>«%1» no está en tu equipo (las entradas del catálogo se editan como copias)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the catalog, which cannot be changed</source>
        <translation>«%1» forma parte del catálogo, que no se puede modificar</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by a product in your gear</source>
        <translation>«%1» ya lo usa un producto de tu equipo</translation>
    </message>
    <message>
        <source>Your gear database had broken indexes; they were rebuilt from your products, and nothing was lost.</source>
        <translation>La base de datos de tu equipo tenía índices dañados; se han reconstruido a partir de tus productos y no se ha perdido nada.</translation>
    </message>
    <message>
        <source>Your own gear is not available: %1. Its file was left as it is.</source>
        <translation>Tu propio equipo no está disponible: %1. Su archivo se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>no existe el producto «%1»</translation>
    </message>
    <message>
        <source>%1 is not a pair of headphones: only headphones have an impedance curve</source>
        <translation>%1 no son unos auriculares: solo los auriculares tienen curva de impedancia</translation>
    </message>
</context>
<context>
    <name>GearPicker</name>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Buscar equipo: marca, modelo…</translation>
    </message>
    <message>
        <source>No gear matches “%1” and keeps this device&apos;s cables</source>
        <translation>Ningún equipo que coincida con «%1» puede conservar los cables de este dispositivo</translation>
    </message>
    <message>
        <source>No product can take this device&apos;s place and keep its cables</source>
        <translation>Ningún producto puede ocupar el lugar de este dispositivo y conservar sus cables</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>%1 devices selected; their settings are shown one at a time.</source>
        <translation>%1 dispositivos seleccionados; sus ajustes se muestran de uno en uno.</translation>
    </message>
    <message>
        <source>Select a device to change its settings.</source>
        <translation>Selecciona un dispositivo para cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Datos técnicos</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Sustituir por…</translation>
    </message>
    <message>
        <source>Replace %1 with another product</source>
        <translation>Sustituir %1 por otro producto</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Eliminar dispositivo</translation>
    </message>
    <message>
        <source>Replace %1 with…</source>
        <translation>Sustituir %1 por…</translation>
    </message>
    <message>
        <source>Headroom decides: the gain that puts the average at −18 dBFS, or the usual value</source>
        <translation>Headroom decide: la ganancia que deja la media en −18 dBFS, o el valor habitual</translation>
    </message>
    <message>
        <source>%1: automatic</source>
        <translation>%1: automático</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>All gear</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>%1 dB gain</source>
        <translation>%1 dB de ganancia</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Buscar equipo: marca, modelo…</translation>
    </message>
    <message>
        <source>Search the gear library</source>
        <translation>Buscar en la biblioteca de equipos</translation>
    </message>
    <message>
        <source>Kind of gear</source>
        <translation>Tipo de equipo</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (tuyo)</translation>
    </message>
    <message>
        <source>Add to the chain</source>
        <translation>Añadir a la cadena</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Editar una copia…</translation>
    </message>
    <message>
        <source>Delete from your gear</source>
        <translation>Eliminar de tu equipo</translation>
    </message>
    <message>
        <source>Add your own gear…</source>
        <translation>Añadir equipo propio…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Guitarra</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>The first %1 are listed: type a name to find the others.</source>
        <translation>Se muestran los primeros %1: escribe un nombre para encontrar los demás.</translation>
    </message>
    <message>
        <source> (shop)</source>
        <translation> (tienda)</translation>
    </message>
    <message>
        <source>Share with the Shop</source>
        <translation>Compartir con la tienda</translation>
    </message>
    <message>
        <source>Remove from the Shop&apos;s Gear</source>
        <translation>Quitar del equipo de la tienda</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Headroom</source>
        <translation>%1 — Headroom</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Proyectos de Headroom (*.headroom)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Informe de texto (*.txt)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar antes los cambios en %1?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Headroom did not close properly last time. Open the work that was not saved?</source>
        <translation>Headroom no se cerró correctamente la última vez. ¿Abrir el trabajo que no se guardó?</translation>
    </message>
    <message>
        <source>Delete your gear</source>
        <translation>Eliminar equipo propio</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Arrange by Signal Flow</source>
        <translation>&amp;Ordenar por flujo de señal</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom a la &amp;selección</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Gear &amp;Library</source>
        <translation>&amp;Biblioteca de equipos</translation>
    </message>
    <message>
        <source>&amp;Inspector and Findings</source>
        <translation>&amp;Inspector y observaciones</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Escucha previa</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Niveles en %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Ejemplos</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>&amp;Acerca de Headroom</translation>
    </message>
    <message>
        <source>Delete %1 from your gear? Projects that use it keep their own copy of its figures.</source>
        <translation>¿Eliminar %1 de tu equipo? Los proyectos que lo usan conservan su propia copia de sus datos.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>&amp;Quick Check…</source>
        <translation>Comprobación &amp;rápida…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Summary for a customer (*.pdf)</source>
        <translation>Resumen para un cliente (*.pdf)</translation>
    </message>
    <message>
        <source>Engineering report (*.pdf)</source>
        <translation>Informe técnico (*.pdf)</translation>
    </message>
    <message>
        <source>Engineering report as a web page (*.html)</source>
        <translation>Informe técnico como página web (*.html)</translation>
    </message>
    <message>
        <source>Export the selected devices as a diagram</source>
        <translation>Exportar los dispositivos seleccionados como diagrama</translation>
    </message>
    <message>
        <source>Export the chain as a diagram</source>
        <translation>Exportar la cadena como diagrama</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>Exportar &amp;diagrama…</translation>
    </message>
    <message>
        <source>Export &amp;Selection as Diagram…</source>
        <translation>Exportar la &amp;selección como diagrama…</translation>
    </message>
    <message>
        <source>&amp;Plots…</source>
        <translation>&amp;Gráficas…</translation>
    </message>
    <message>
        <source>&amp;Print the Diagram…</source>
        <translation>&amp;Imprimir el diagrama…</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a figure and its unit</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>Plot</name>
    <message>
        <source>Nothing plays at these headphones.</source>
        <translation>No suena nada en estos auriculares.</translation>
    </message>
    <message>
        <source>SPL at %1&apos;s ears against the volume setting</source>
        <translation>SPL en los oídos de %1 según el ajuste de volumen</translation>
    </message>
    <message>
        <source>Volume (dB below full)</source>
        <translation>Volumen (dB por debajo del máximo)</translation>
    </message>
    <message>
        <source>dB SPL</source>
        <translation>dB SPL</translation>
    </message>
    <message>
        <source>peak target %1 dB SPL</source>
        <translation>objetivo de picos %1 dB SPL</translation>
    </message>
    <message>
        <source>85 dB(A): hearing risk beyond 8 h a day</source>
        <translation>85 dB(A): riesgo auditivo más allá de 8 h al día</translation>
    </message>
    <message>
        <source>clips from here</source>
        <translation>satura a partir de aquí</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>peaks</source>
        <translation>picos</translation>
    </message>
    <message>
        <source>Response change at %1&apos;s ears, and the headphones&apos; impedance</source>
        <translation>Cambio de respuesta en los oídos de %1 e impedancia de los auriculares</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
    <message>
        <source>dB vs 1 kHz</source>
        <translation>dB respecto a 1 kHz</translation>
    </message>
    <message>
        <source>No impedance curve is known for these headphones: the change cannot be computed.</source>
        <translation>No se conoce la curva de impedancia de estos auriculares: el cambio no se puede calcular.</translation>
    </message>
    <message>
        <source>Ω</source>
        <translation>Ω</translation>
    </message>
    <message>
        <source>Choose a pair of headphones.</source>
        <translation>Elige unos auriculares.</translation>
    </message>
    <message>
        <source>%1: the plot could not be written: %2</source>
        <translation>%1: no se pudo escribir la gráfica: %2</translation>
    </message>
    <message>
        <source>choose a file ending in .svg or .png</source>
        <translation>elige un archivo que termine en .svg o .png</translation>
    </message>
    <message>
        <source>at the ears</source>
        <translation>en los oídos</translation>
    </message>
    <message>
        <source>Gain structure of %1&apos;s path: each stage re its clip point</source>
        <translation>Estructura de ganancia del camino de %1: cada etapa respecto a su punto de saturación</translation>
    </message>
    <message>
        <source>dB re the clip point</source>
        <translation>dB respecto al punto de saturación</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>no clip point</source>
        <translation>sin punto de saturación</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>average to peak</source>
        <translation>de la media al pico</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pico</translation>
    </message>
    <message>
        <source>clip point, headroom above the peak</source>
        <translation>punto de saturación, margen sobre el pico</translation>
    </message>
    <message>
        <source>clips first</source>
        <translation>satura primero</translation>
    </message>
    <message>
        <source>noise floor</source>
        <translation>ruido de fondo</translation>
    </message>
</context>
<context>
    <name>PlotsWindow</name>
    <message>
        <source>Plots</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>Save the plot</source>
        <translation>Guardar la gráfica</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>SPL against volume</source>
        <translation>SPL según el volumen</translation>
    </message>
    <message>
        <source>Response and impedance</source>
        <translation>Respuesta e impedancia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Gain structure</source>
        <translation>Estructura de ganancia</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Copy the plot</source>
        <translation>Copiar la gráfica</translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>sonido</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>cápsula</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>line input %1</source>
        <translation>entrada de línea %1</translation>
    </message>
    <message>
        <source>USB playback</source>
        <translation>reproducción USB</translation>
    </message>
    <message>
        <source>USB out</source>
        <translation>salida USB</translation>
    </message>
    <message>
        <source>line outputs %1</source>
        <translation>salidas de línea %1</translation>
    </message>
    <message>
        <source>headphone output %1</source>
        <translation>salida de auriculares %1</translation>
    </message>
    <message>
        <source>channel %1 input</source>
        <translation>entrada del canal %1</translation>
    </message>
    <message>
        <source>thru</source>
        <translation>thru</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>plug</source>
        <translation>clavija</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>MIDI in %1</source>
        <translation>entrada MIDI %1</translation>
    </message>
    <message>
        <source>MIDI out %1</source>
        <translation>salida MIDI %1</translation>
    </message>
    <message>
        <source>MIDI thru</source>
        <translation>MIDI thru</translation>
    </message>
    <message>
        <source>USB MIDI</source>
        <translation>MIDI por USB</translation>
    </message>
    <message>
        <source>speaker outputs</source>
        <translation>salidas de altavoz</translation>
    </message>
    <message>
        <source>speaker terminals</source>
        <translation>bornes de altavoz</translation>
    </message>
    <message>
        <source>aux send</source>
        <translation>envío auxiliar</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>%1: nothing reaches these headphones</source>
        <translation>%1: no llega nada a estos auriculares</translation>
    </message>
    <message>
        <source>%1 (%2 samples)</source>
        <translation>%1 (%2 muestras)</translation>
    </message>
    <message>
        <source>%1: %2 dB SPL average (computed %3), hiss %4 dB SPL; %5</source>
        <translation>%1: %2 dB SPL de media (calculado: %3), ruido de fondo %4 dB SPL; %5</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>sin saturación</translation>
    </message>
    <message>
        <source>clips at %1</source>
        <translation>satura en %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Add headphones to the chain to hear what they would play</source>
        <translation>Añade unos auriculares a la cadena para oír lo que sonaría en ellos</translation>
    </message>
    <message>
        <source>%1 has no headphones to compare with</source>
        <translation>%1 no tiene auriculares con los que comparar</translation>
    </message>
    <message>
        <source>The source&apos;s programme</source>
        <translation>El programa de la fuente</translation>
    </message>
    <message>
        <source>Your own audio file</source>
        <translation>Tu propio archivo de audio</translation>
    </message>
    <message>
        <source>Choose an audio file to play through the chain</source>
        <translation>Elige un archivo de audio para reproducirlo a través de la cadena</translation>
    </message>
    <message>
        <source>There is no audio output on this computer; export the preview to a file instead</source>
        <translation>Este ordenador no tiene salida de audio; exporta la escucha previa a un archivo</translation>
    </message>
    <message>
        <source>%1 cannot play %2 Hz stereo; export the preview to a file instead</source>
        <translation>%1 no puede reproducir estéreo a %2 Hz; exporta la escucha previa a un archivo</translation>
    </message>
    <message>
        <source>Render the preview before exporting it</source>
        <translation>Renderiza la escucha previa antes de exportarla</translation>
    </message>
    <message>
        <source> — the analysis finds headroom there: it assumes the programme&apos;s typical peaks and adds the peaks of mixed sources in power; these peaks go higher</source>
        <translation> — el análisis encuentra margen ahí: supone los picos típicos del programa y suma en potencia los picos de las fuentes mezcladas; estos picos son más altos</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose audio to play through the chain</source>
        <translation>Elige el audio que sonará a través de la cadena</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.aif *.aiff)</translation>
    </message>
    <message>
        <source>Choose a saved variant to compare with</source>
        <translation>Elige una variante guardada para comparar</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Proyectos de Headroom (*.headroom)</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Exportar la escucha previa</translation>
    </message>
    <message>
        <source>WAV, 32-bit float (*.wav)</source>
        <translation>WAV, coma flotante de 32 bits (*.wav)</translation>
    </message>
    <message>
        <source>FLAC, 24-bit (*.flac)</source>
        <translation>FLAC, 24 bits (*.flac)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Escucha previa</translation>
    </message>
    <message>
        <source>No headphones in the chain</source>
        <translation>No hay auriculares en la cadena</translation>
    </message>
    <message>
        <source>Listener to preview</source>
        <translation>Oyente para la escucha previa</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Full scale =</source>
        <translation>Fondo de escala =</translation>
    </message>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>The SPL a full-scale sine plays at</source>
        <translation>SPL al que suena una senoidal a fondo de escala</translation>
    </message>
    <message>
        <source>Set your playback volume so a full-scale sine would play at this SPL; then the preview is as loud as the chain.</source>
        <translation>Ajusta el volumen de reproducción para que una senoidal a fondo de escala suene a este SPL; así la escucha previa sonará tan fuerte como la cadena.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Renderizar</translation>
    </message>
    <message>
        <source>A: this chain</source>
        <translation>A: esta cadena</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>B: none</source>
        <translation>B: ninguna</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Level-match B</source>
        <translation>Igualar nivel de B</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No audio output found: render and export to a file to listen elsewhere.</source>
        <translation>No se ha encontrado ninguna salida de audio: renderiza y exporta a un archivo para escucharlo en otro sitio.</translation>
    </message>
    <message>
        <source>A saved project…</source>
        <translation>Un proyecto guardado…</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>&quot;%1&quot; is not an id of lowercase letters, digits and hyphens</source>
        <translation>«%1» no es un id de letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>has no source</source>
        <translation>no tiene fuente</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>la fuente «%1» no es una dirección web</translation>
    </message>
    <message>
        <source>a rated power needs its load, and a load its power</source>
        <translation>una potencia nominal necesita su carga, y una carga, su potencia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 too</source>
        <translation>«%1» también lo usa %2</translation>
    </message>
    <message>
        <source>the same brand, model and variant as %1</source>
        <translation>la misma marca, modelo y variante que %1</translation>
    </message>
    <message>
        <source>provenance &quot;%1&quot; is not manufacturer, measurement or estimate</source>
        <translation>el origen «%1» no es manufacturer, measurement ni estimate</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a product object</source>
        <translation>se esperaba un objeto de producto</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>la cabecera no tiene la columna «%1»</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>columna desconocida</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2</source>
        <translation>%1 celdas, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the catalog carries no prices or stock notes; add them to your own gear</source>
        <translation>el catálogo no lleva precios ni notas de existencias; añádelos a tu propio equipo</translation>
    </message>
    <message>
        <source>%1 is not a price</source>
        <translation>%1 no es un precio</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter code such as EUR or USD</source>
        <translation>la moneda «%1» no es un código de tres letras como EUR o USD</translation>
    </message>
    <message>
        <source>needs an amount and a currency: {&quot;amount&quot;: 249, &quot;currency&quot;: &quot;EUR&quot;}</source>
        <translation>necesita un importe y una moneda: {&quot;amount&quot;: 249, &quot;currency&quot;: &quot;EUR&quot;}</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is an IP address; cite the maker&apos;s or publisher&apos;s own web address</source>
        <translation>la fuente «%1» es una dirección IP; cite la dirección web propia del fabricante o del editor</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Pink noise</source>
        <translation>Ruido rosa</translation>
    </message>
    <message>
        <source>1 kHz tone</source>
        <translation>Tono de 1 kHz</translation>
    </message>
    <message>
        <source>Sweep 20 Hz–20 kHz</source>
        <translation>Barrido senoidal 20 Hz–20 kHz</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Choose where to save the project first</source>
        <translation>Elige primero dónde guardar el proyecto</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1: no se ha podido escribir el informe: %2</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; in the gear library</source>
        <translation>No existe el producto «%1» en la biblioteca de equipos</translation>
    </message>
    <message>
        <source>Unknown kind of device &quot;%1&quot;</source>
        <translation>Tipo de dispositivo desconocido «%1»</translation>
    </message>
    <message>
        <source>about %1 dB too low for this input</source>
        <translation>nivel unos %1 dB demasiado bajo para esta entrada</translation>
    </message>
    <message>
        <source>about %1 dB too hot for this input</source>
        <translation>nivel unos %1 dB demasiado alto para esta entrada</translation>
    </message>
    <message>
        <source>adapter %1 → %2</source>
        <translation>adaptador %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unknown — a typical value is used</source>
        <translation>desconocido — se usa un valor típico</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>A variant needs a name</source>
        <translation>Una variante necesita un nombre</translation>
    </message>
    <message>
        <source>Another variant is called &quot;%1&quot;</source>
        <translation>Otra variante ya se llama «%1»</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errores, %2 avisos</translation>
    </message>
    <message>
        <source>The shop&apos;s server is out of reach: %1. Save the project to a file for now.</source>
        <translation>No se puede acceder al servidor de la tienda: %1. Por ahora, guarda el proyecto en un archivo.</translation>
    </message>
    <message>
        <source>No shop server is set up: see Settings, Shared gear and projects.</source>
        <translation>No hay ningún servidor de la tienda configurado: ve a Ajustes, Equipo y proyectos compartidos.</translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <extracomment>%1 login, %2 date and time</extracomment>
        <translation>guardado por %1, %2</translation>
    </message>
    <message>
        <source>Choose what plays the sound first</source>
        <translation>Elige primero qué reproduce el sonido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba un array</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo desconocido «%1»</translation>
    </message>
    <message>
        <source>is not a figure of a device of kind &quot;%1&quot;</source>
        <translation>no es un dato de los dispositivos de tipo «%1»</translation>
    </message>
    <message>
        <source>expected [hertz, ohms] or [hertz, ohms, phase in degrees]</source>
        <translation>se esperaba [hercios, ohmios] o [hercios, ohmios, fase en grados]</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; has no port &quot;%2&quot;</source>
        <translation>el dispositivo «%1» no tiene la conexión «%2»</translation>
    </message>
    <message>
        <source>expected &quot;device.port&quot;</source>
        <translation>se esperaba &quot;device.port&quot;</translation>
    </message>
    <message>
        <source>no device &quot;%1&quot;</source>
        <translation>no existe el dispositivo «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an input, a cable starts at an output</source>
        <translation>«%1» es una entrada; un cable empieza en una salida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an output, a cable ends at an input</source>
        <translation>«%1» es una salida; un cable termina en una entrada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Headroom project</source>
        <translation>«%1» no es un proyecto de Headroom</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>versión de formato desconocida: %1</translation>
    </message>
    <message>
        <source>the file was saved by a newer Headroom (format version %1); this version reads format %2 and older: please update Headroom</source>
        <translation>el archivo se guardó con una versión más reciente de Headroom (versión de formato %1); esta versión lee el formato %2 y anteriores: actualiza Headroom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, - and _</source>
        <translation>«%1» solo puede contener letras, dígitos, - y _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another device</source>
        <translation>«%1» ya lo usa otro dispositivo</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1: JSON no válido en %2: %3</translation>
    </message>
    <message>
        <source>%1: $: expected a JSON object</source>
        <translation>%1: $: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: saving failed, the previous file is unchanged: %2</source>
        <translation>%1: no se ha podido guardar; el archivo anterior no ha cambiado: %2</translation>
    </message>
    <message>
        <source>%1 is outside %2…%3 %4</source>
        <translation>%1 está fuera de %2…%3 %4</translation>
    </message>
    <message>
        <source>needs at least one variant</source>
        <translation>necesita al menos una variante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another variant</source>
        <translation>«%1» lo usa otra variante</translation>
    </message>
    <message>
        <source>no variant is named &quot;%1&quot;</source>
        <translation>ninguna variante se llama «%1»</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>expected [from ohms, to ohms, volts]</source>
        <translation>se esperaba [desde ohmios, hasta ohmios, voltios]</translation>
    </message>
    <message>
        <source>expected speech, music, pink-noise, tone or sweep</source>
        <translation>se esperaba speech, music, pink-noise, tone o sweep</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
    <message>
        <source>%1 dBu</source>
        <translation>%1 dBu</translation>
    </message>
    <message>
        <source>%1 dBV</source>
        <translation>%1 dBV</translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <source>%1 V  %2 dBu  %3 dBV</source>
        <translation>%1 V  %2 dBu  %3 dBV</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1&#xa0;Hz</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1&#xa0;kHz</translation>
    </message>
</context>
<context>
    <name>QuickCheck</name>
    <message numerus="yes">
        <source>%n headphones</source>
        <translation>
            <numerusform>%n auriculares</numerusform>
            <numerusform>%n auriculares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listeners</source>
        <translation>
            <numerusform>%n oyente</numerusform>
            <numerusform>%n oyentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>DAW playback</source>
        <translation>Reproducción de la DAW</translation>
    </message>
    <message>
        <source>%1 is a headphone amp: choose what feeds it (an interface, computer or phone) as the source, and the amp as the amp</source>
        <translation>%1 es un amplificador de auriculares: elige como fuente lo que lo alimenta (una interfaz, un ordenador o un teléfono) y el amplificador como amplificador</translation>
    </message>
    <message>
        <source>%1 does not play into headphones: start from an audio interface, a mixer, a USB microphone, a computer or a phone</source>
        <translation>%1 no reproduce en auriculares: empieza por una interfaz de audio, un mezclador, un micrófono USB, un ordenador o un teléfono</translation>
    </message>
    <message>
        <source>Choose at least one pair of headphones or monitors</source>
        <translation>Elige al menos un par de auriculares o monitores</translation>
    </message>
    <message>
        <source>%1 is neither headphones nor studio monitors</source>
        <translation>%1 no es ni auriculares ni monitores de estudio</translation>
    </message>
    <message>
        <source>%1 is not a microphone</source>
        <translation>%1 no es un micrófono</translation>
    </message>
    <message>
        <source>%1 has no microphone input: a microphone needs an audio interface or a mixer</source>
        <translation>%1 no tiene entrada de micrófono: un micrófono necesita una interfaz de audio o un mezclador</translation>
    </message>
    <message>
        <source>%1 has no free output for %2</source>
        <translation>%1 no tiene ninguna salida libre para %2</translation>
    </message>
    <message>
        <source>%1 has no headphone output: add a headphone amp</source>
        <translation>%1 no tiene salida de auriculares: añade un amplificador de auriculares</translation>
    </message>
    <message>
        <source>%1 has no analogue output to feed the amp</source>
        <translation>%1 no tiene salida analógica para alimentar el amplificador</translation>
    </message>
    <message>
        <source>No splitter in the catalog has %1 outputs: use a distribution amp</source>
        <translation>Ningún divisor del catálogo tiene %1 salidas: usa un amplificador de distribución</translation>
    </message>
    <message>
        <source>Listener %1</source>
        <translation>Oyente %1</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>%1 is neither a headphone amp nor a power amplifier</source>
        <translation>%1 no es ni un amplificador de auriculares ni una etapa de potencia</translation>
    </message>
    <message>
        <source>%1 are passive speakers: choose the power amplifier that drives them as the amp</source>
        <translation>%1 son altavoces pasivos: elija como amplificador la etapa de potencia que los excita</translation>
    </message>
    <message>
        <source>%1 drives one pair of passive speakers: choose one pair</source>
        <translation>%1 excita un par de altavoces pasivos: elija un par</translation>
    </message>
</context>
<context>
    <name>QuickCheckDialog</name>
    <message>
        <source>1. What plays the sound?</source>
        <translation>1. ¿Qué reproduce el sonido?</translation>
    </message>
    <message>
        <source>4. A microphone?</source>
        <translation>4. ¿Un micrófono?</translation>
    </message>
    <message>
        <source>Quick check: what do you have?</source>
        <translation>Comprobación rápida: ¿qué tienes?</translation>
    </message>
    <message>
        <source>Audio interface</source>
        <translation>Interfaz de audio</translation>
    </message>
    <message>
        <source>Computer or phone</source>
        <translation>Ordenador o teléfono</translation>
    </message>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Buscar equipo: marca, modelo…</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Nada elegido todavía</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your audio interface, mixer or USB microphone, or the headphone jack of your computer or phone.</source>
        <translation>Tu interfaz de audio, mezclador o micrófono USB, o la salida de auriculares de tu ordenador o teléfono.</translation>
    </message>
    <message>
        <source>Only if you record or talk: it goes into the first input.</source>
        <translation>Solo si grabas o hablas: va a la primera entrada.</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>Mezclador</translation>
    </message>
    <message>
        <source>USB microphone</source>
        <translation>Micrófono USB</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>Studio monitors</source>
        <translation>Monitores de estudio</translation>
    </message>
    <message>
        <source>2. An amplifier?</source>
        <translation>2. ¿Un amplificador?</translation>
    </message>
    <message>
        <source>3. Your headphones, monitors or speakers</source>
        <translation>3. Sus auriculares, monitores o altavoces</translation>
    </message>
    <message>
        <source>Only if you have one: a headphone amp, or the power amplifier of passive speakers. It is fed from the line outputs.</source>
        <translation>Solo si tiene uno: un amplificador de auriculares, o la etapa de potencia de altavoces pasivos. Se alimenta desde las salidas de línea.</translation>
    </message>
    <message>
        <source>Click each pair that will be listening; click a pair twice for two of the same. Monitors take the line outputs, passive speakers the power amplifier.</source>
        <translation>Pulse cada par que vaya a escuchar; pulse dos veces para dos iguales. Los monitores van a las salidas de línea, los altavoces pasivos a la etapa de potencia.</translation>
    </message>
    <message>
        <source>Headphone amp</source>
        <translation>Amplificador de auriculares</translation>
    </message>
    <message>
        <source>Power amplifier</source>
        <translation>Etapa de potencia</translation>
    </message>
    <message>
        <source>Passive speakers</source>
        <translation>Altavoces pasivos</translation>
    </message>
</context>
<context>
    <name>RenameVariantDialog</name>
    <message>
        <source>Rename variant</source>
        <translation>Renombrar variante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: unsupported audio format &quot;%2&quot; (use WAV, FLAC, OGG or AIFF)</source>
        <translation>%1: formato de audio no compatible «%2» (usa WAV, FLAC, OGG o AIFF)</translation>
    </message>
    <message>
        <source>%1: not a readable audio file (%2)</source>
        <translation>%1: no es un archivo de audio legible (%2)</translation>
    </message>
    <message>
        <source>%1: unusable audio format (%2 channels at %3 Hz)</source>
        <translation>%1: formato de audio no utilizable (%2 canales a %3 Hz)</translation>
    </message>
    <message>
        <source>%1: damaged audio file (%2)</source>
        <translation>%1: archivo de audio dañado (%2)</translation>
    </message>
    <message>
        <source>%1: the file holds no audio</source>
        <translation>%1: el archivo no contiene audio</translation>
    </message>
    <message>
        <source>%1: unsupported output format &quot;%2&quot; (use .wav or .flac)</source>
        <translation>%1: formato de salida no compatible «%2» (usa .wav o .flac)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: frame %2 holds a sample that is not a number (NaN or infinite); the file is damaged or was not written as audio</source>
        <translation>%1: la trama %2 contiene una muestra que no es un número (NaN o infinito); el archivo está dañado o no se escribió como audio</translation>
    </message>
    <message>
        <source>%1 is truncated: its header promises more audio than the file holds; the preview plays the %2 s that are there</source>
        <translation>%1 está truncado: su cabecera promete más audio del que contiene el archivo; la escucha previa reproduce los %2 s que hay</translation>
    </message>
    <message>
        <source>%1: cannot write (%2), the previous file is unchanged</source>
        <translation>%1: no se puede escribir (%2); el archivo anterior no ha cambiado</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> (estimate: some figures are typical values)</source>
        <translation> (estimación: algunos datos son valores típicos)</translation>
    </message>
    <message>
        <source>%1: not connected to anything that plays</source>
        <translation>%1: sin conexión a nada que reproduzca sonido</translation>
    </message>
    <message>
        <source>%1: OK — up to %2 dB SPL, %3 dB above the %4 dB SPL peak target%5</source>
        <translation>%1: OK — hasta %2 dB SPL, %3 dB por encima del pico objetivo de %4 dB SPL%5</translation>
    </message>
    <message>
        <source>%1: marginal — up to %2 dB SPL, %3 dB short of the %4 dB SPL peak target%5</source>
        <translation>%1: justo — hasta %2 dB SPL, faltan %3 dB para el pico objetivo de %4 dB SPL%5</translation>
    </message>
    <message>
        <source>%1: %2 — up to %3 dB SPL, %4 dB short of the %5 dB SPL peak target (needs %6 V, %7 mW)%8</source>
        <translation>%1: %2 — hasta %3 dB SPL, faltan %4 dB para el pico objetivo de %5 dB SPL (se necesitan %6 V, %7 mW)%8</translation>
    </message>
    <message>
        <source>needs a more powerful amp</source>
        <translation>necesita un amplificador más potente</translation>
    </message>
    <message>
        <source>needs a headphone amp</source>
        <translation>necesita un amplificador de auriculares</translation>
    </message>
    <message>
        <source>Headroom analysis</source>
        <translation>Análisis de Headroom</translation>
    </message>
    <message>
        <source>Headroom analysis: %1</source>
        <translation>Análisis de Headroom: %1</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Oyentes</translation>
    </message>
    <message>
        <source>  (no headphones in this chain)</source>
        <translation>  (no hay auriculares en esta cadena)</translation>
    </message>
    <message>
        <source>      sensitivity %1 dB SPL/V at %2 Ω; source %3 Ω, damping factor %4; hiss %5 dB SPL</source>
        <translation>      sensibilidad %1 dB SPL/V a %2 Ω; fuente %3 Ω, factor de amortiguamiento %4; ruido de fondo %5 dB SPL</translation>
    </message>
    <message>
        <source>; response %1…%2 dB (20 Hz–20 kHz)</source>
        <translation>; respuesta %1…%2 dB (20 Hz–20 kHz)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguna</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimación)</translation>
    </message>
    <message>
        <source>Levels per stage (RMS; headroom from the programme&apos;s peaks to each stage&apos;s clip point)</source>
        <translation>Niveles por etapa (RMS; margen dinámico desde los picos del programa hasta el punto de saturación de cada etapa)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <source>Load Ω</source>
        <translation>Carga Ω</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source> @%1 dB</source>
        <translation> @%1 dB</translation>
    </message>
    <message>
        <source>%1 mA</source>
        <translation>%1 mA</translation>
    </message>
    <message>
        <source>%1 µA</source>
        <translation>%1 µA</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 dBu</source>
        <translation>%1 dBu</translation>
    </message>
    <message>
        <source>~ marks figures that depend on typical values for unknown specs.</source>
        <translation>~ indica datos que dependen de valores típicos para especificaciones desconocidas.</translation>
    </message>
    <message>
        <source>Parts list</source>
        <translation>Lista de material</translation>
    </message>
    <message>
        <source>  (no products)</source>
        <translation>  (sin productos)</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>  %1 × %2 (%3)</source>
        <translation>  %1 × %2 (%3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>needs an amp</source>
        <translation>necesita un amplificador</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1: no se ha podido escribir el informe: %2</translation>
    </message>
    <message>
        <source>Loud enough, with %1 dB to spare.</source>
        <translation>Suficientemente alto, con %1 dB de margen.</translation>
    </message>
    <message>
        <source>Only just loud enough: %1 dB short for loud peaks. Fine for compressed music; a headphone amp would leave room to spare.</source>
        <translation>Apenas suficiente: faltan %1 dB para los picos fuertes. Sirve para música comprimida; un amplificador de auriculares dejaría margen.</translation>
    </message>
    <message>
        <source>Too quiet: %1 dB short. These headphones need a headphone amp (or a stronger one).</source>
        <translation>Demasiado bajo: faltan %1 dB. Estos auriculares necesitan un amplificador de auriculares (o uno más potente).</translation>
    </message>
    <message>
        <source>Not connected to anything that plays.</source>
        <translation>No está conectado a nada que reproduzca.</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Signal chain</source>
        <translation>Cadena de señal</translation>
    </message>
    <message>
        <source>Drawn by Headroom</source>
        <translation>Dibujado por Headroom</translation>
    </message>
    <message>
        <source>%1: the diagram could not be written: %2</source>
        <translation>%1: no se pudo escribir el diagrama: %2</translation>
    </message>
    <message>
        <source>choose a file ending in .svg, .png or .pdf</source>
        <translation>elige un archivo que termine en .svg, .png o .pdf</translation>
    </message>
    <message>
        <source>the scale must lie between 0 and 8</source>
        <translation>la escala debe estar entre 0 y 8</translation>
    </message>
    <message>
        <source>Figures from:</source>
        <translation>Valores de:</translation>
    </message>
    <message>
        <source>Will each listener hear it loud enough?</source>
        <translation>¿Lo oirá cada oyente suficientemente alto?</translation>
    </message>
    <message>
        <source>There are no headphones in this chain.</source>
        <translation>No hay auriculares en esta cadena.</translation>
    </message>
    <message>
        <source>Your signal chain</source>
        <translation>Tu cadena de señal</translation>
    </message>
    <message>
        <source>Summary, %1</source>
        <translation>Resumen, %1</translation>
    </message>
    <message>
        <source>Engineering report, %1</source>
        <translation>Informe técnico, %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Preparado por %1</translation>
    </message>
    <message>
        <source>The signal chain, with the level on each cable</source>
        <translation>La cadena de señal, con el nivel en cada cable</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Qué lo resolvería</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Lista de cables</translation>
    </message>
    <message>
        <source>%1 → %2: %3 plug into %4 socket, %5, %6</source>
        <translation>%1 → %2: clavija %3 en toma %4, %5, %6</translation>
    </message>
    <message>
        <source>; needs an adapter %1</source>
        <translation>; necesita un adaptador %1</translation>
    </message>
    <message>
        <source>Levels per stage</source>
        <translation>Niveles por etapa</translation>
    </message>
    <message>
        <source>Figures marked as estimates rest on typical values where a product&apos;s own are not published. Made with Headroom.</source>
        <translation>Los valores marcados como estimación se basan en valores típicos donde un producto no publica los suyos. Hecho con Headroom.</translation>
    </message>
    <message>
        <source>choose a file ending in .pdf or .html</source>
        <translation>elige un archivo que termine en .pdf o .html</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variante: %1</translation>
    </message>
    <message>
        <source>Print the diagram</source>
        <translation>Imprimir el diagrama</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>demasiado bajo</translation>
    </message>
    <message>
        <source>%1: too quiet — up to %2 dB SPL at %3 m, %4 dB short of the %5 dB SPL peak target%6</source>
        <translation>%1: demasiado bajo — hasta %2 dB SPL a %3 m, %4 dB por debajo del objetivo de picos de %5 dB SPL%6</translation>
    </message>
    <message>
        <source>Only just loud enough: %1 dB short for loud peaks at the listening distance.</source>
        <translation>Apenas lo bastante alto: faltan %1 dB para los picos fuertes a la distancia de escucha.</translation>
    </message>
    <message>
        <source>Too quiet: %1 dB short at the listening distance. Sit closer, or choose louder monitors.</source>
        <translation>Demasiado bajo: faltan %1 dB a la distancia de escucha. Siéntate más cerca o elige monitores más potentes.</translation>
    </message>
    <message>
        <source>the volume (%1 dB) is set for the target</source>
        <translation>el volumen (%1 dB) está ajustado para el objetivo</translation>
    </message>
    <message>
        <source>the target is out of reach: at this volume (%1 dB) the peaks already reach the most it gives, %2 dB SPL</source>
        <translation>el objetivo está fuera de alcance: con este volumen (%1 dB) los picos ya alcanzan el máximo posible, %2 dB SPL</translation>
    </message>
    <message>
        <source>for the target set the volume to %1 dB</source>
        <translation>para el objetivo ajuste el volumen a %1 dB</translation>
    </message>
    <message>
        <source>the target is out of reach: at %1 dB of volume the peaks reach the most it gives, %2 dB SPL</source>
        <translation>el objetivo está fuera de alcance: con %1 dB de volumen los picos alcanzan el máximo posible, %2 dB SPL</translation>
    </message>
    <message>
        <source>the target is %1 dB beyond this volume control: raise the level earlier in the chain</source>
        <translation>el objetivo está %1 dB más allá de este control de volumen: suba el nivel antes en la cadena</translation>
    </message>
    <message>
        <source>the target is out of reach, and the most it gives (%1 dB SPL) is %2 dB beyond this volume control: raise the level earlier in the chain</source>
        <translation>el objetivo está fuera de alcance, y el máximo posible (%1 dB SPL) está %2 dB más allá de este control de volumen: suba el nivel antes en la cadena</translation>
    </message>
    <message>
        <source>      now: %1 dB SPL average, %2 dB SPL peaks; %3</source>
        <translation>      ahora: %1 dB SPL de media, %2 dB SPL de picos; %3</translation>
    </message>
    <message>
        <source>; response flat within 0.1 dB (20 Hz–20 kHz)</source>
        <translation>; respuesta plana dentro de 0,1 dB (20 Hz–20 kHz)</translation>
    </message>
    <message>
        <source>Unsure: %1 dB short if the output is as weak as a typical one, %2 dB to spare if it is as strong as the strongest of its kind known. Its headphone output&apos;s maximum level, from the manual, decides.</source>
        <translation>Incierto: faltan %1 dB si la salida es tan débil como una típica, %2 dB de margen si es tan potente como la más potente conocida de su tipo. Decide el nivel máximo de su salida de auriculares, según el manual.</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incierto</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>48 V</source>
        <translation>48 V</translation>
    </message>
    <message>
        <source>Hi-Z</source>
        <translation>Hi-Z</translation>
    </message>
    <message>
        <source>Direct monitoring</source>
        <translation>Monitorización directa</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Distance to the mic</source>
        <translation>Distancia al micrófono</translation>
    </message>
    <message>
        <source>Programme level</source>
        <translation>Nivel de programa</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Oyente</translation>
    </message>
    <message>
        <source>Peak target</source>
        <translation>Pico objetivo</translation>
    </message>
    <message>
        <source>Level measured at</source>
        <translation>Nivel medido a</translation>
    </message>
    <message>
        <source>Playing level</source>
        <translation>Nivel de interpretación</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Factor de cresta</translation>
    </message>
    <message>
        <source>Monitor the inputs through the computer</source>
        <translation>Escuchar las entradas a través del ordenador</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Tamaño del búfer</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <source>Listening distance</source>
        <translation>Distancia de escucha</translation>
    </message>
    <message>
        <source>Room allowance</source>
        <translation>Aporte de la sala</translation>
    </message>
    <message>
        <source>Both speakers play</source>
        <translation>Suenan los dos altavoces</translation>
    </message>
    <message>
        <source>Level control</source>
        <translation>Control de nivel</translation>
    </message>
    <message>
        <source>Fader</source>
        <translation>Fader</translation>
    </message>
    <message>
        <source>Aux send</source>
        <translation>Envío auxiliar</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Shop name on reports</source>
        <translation>Nombre de la tienda en los informes</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Déjalo vacío para ninguno</translation>
    </message>
    <message>
        <source>Shared gear and projects</source>
        <translation>Equipo y proyectos compartidos</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>Servidor de la tienda</translation>
    </message>
    <message>
        <source>postgresql://staff@shop.example/headroom</source>
        <extracomment>an example of the address; keep its form, postgresql://user@host/database</extracomment>
        <translation>postgresql://personal@tienda.example/headroom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass, or none</source>
        <translation>Vacío: de ~/.pgpass, o ninguna</translation>
    </message>
    <message>
        <source>Remember the password in the system&apos;s keyring</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Forget This Server</source>
        <translation>Olvidar este servidor</translation>
    </message>
</context>
<context>
    <name>SharedLink</name>
    <message>
        <source>the local copy of the shop&apos;s gear (%1) cannot be read: %2</source>
        <translation>no se puede leer la copia local del equipo de la tienda (%1): %2</translation>
    </message>
    <message>
        <source>not a copy this Headroom writes</source>
        <translation>no es una copia de las que escribe este Headroom</translation>
    </message>
    <message>
        <source>%1 has no revision</source>
        <translation>%1 no tiene revisión</translation>
    </message>
    <message>
        <source>cannot keep a local copy of the shop&apos;s gear in %1: %2</source>
        <translation>no se puede guardar una copia local del equipo de la tienda en %1: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2: %n shared product(s)</source>
        <extracomment>%1 the server&apos;s address, %2 the login, %n how many products the shop shares</extracomment>
        <translation>
            <numerusform>Conectado a %1 como %2: %n producto compartido</numerusform>
            <numerusform>Conectado a %1 como %2: %n productos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, without the shop&apos;s gear: %1</source>
        <extracomment>%1 why the server could not be used</extracomment>
        <translation>Trabajando sin conexión, sin el equipo de la tienda: %1</translation>
    </message>
    <message>
        <source>Working offline with the shop&apos;s gear as fetched %2: %1</source>
        <extracomment>%1 why the server could not be used, %2 when the copy was fetched</extracomment>
        <translation>Trabajando sin conexión con el equipo de la tienda tal como se trajo el %2: %1</translation>
    </message>
</context>
<context>
    <name>SharedProjectsDialog</name>
    <message>
        <source>Open from the shop&apos;s server</source>
        <translation>Abrir desde el servidor de la tienda</translation>
    </message>
    <message>
        <source>The shop has no shared projects yet.</source>
        <translation>La tienda aún no tiene proyectos compartidos.</translation>
    </message>
</context>
<context>
    <name>SharedServer</name>
    <message>
        <source>no product on the server has the id %1</source>
        <translation>ningún producto del servidor tiene el id %1</translation>
    </message>
    <message>
        <source>the server lets this login read only: %1</source>
        <translation>el servidor solo permite leer a este usuario: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: write postgresql://user@host:port/database</source>
        <translation>«%1» no es una dirección de servidor: escribe postgresql://usuario@host:puerto/base_de_datos</translation>
    </message>
    <message>
        <source>the address holds a password; give it when asked, or in ~/.pgpass, never in the address</source>
        <translation>la dirección lleva una contraseña; escríbela cuando se te pida, o en ~/.pgpass, nunca en la dirección</translation>
    </message>
    <message>
        <source>the address names no host: %1</source>
        <translation>la dirección no indica ningún host: %1</translation>
    </message>
    <message>
        <source>the address names no user: %1</source>
        <translation>la dirección no indica ningún usuario: %1</translation>
    </message>
    <message>
        <source>the address names no database: %1</source>
        <translation>la dirección no indica ninguna base de datos: %1</translation>
    </message>
    <message>
        <source>the address has options Headroom does not take: %1</source>
        <translation>la dirección tiene opciones que Headroom no admite: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>El controlador de PostgreSQL de Qt no está instalado (paquete de Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>no se puede leer la versión del esquema de %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Headroom understands (%3)</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la que entiende esta versión de Headroom (%3)</translation>
    </message>
    <message>
        <source>%1 has schema version %2; run &apos;headroom-cli server migrate&apos; to bring it to %3</source>
        <translation>%1 tiene la versión de esquema %2; ejecuta «headroom-cli server migrate» para llevarla a la %3</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the server has schema version %1, newer than this Headroom understands (%2)</source>
        <translation>el servidor tiene la versión de esquema %1, más nueva de lo que entiende este Headroom (%2)</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>ha fallado la migración a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>no project on the server has the id %1</source>
        <translation>ningún proyecto del servidor tiene el id %1</translation>
    </message>
    <message>
        <source>the project was deleted from the server since it was opened</source>
        <translation>el proyecto se ha borrado del servidor desde que se abrió</translation>
    </message>
    <message>
        <source>%1 saved this project at %2, after you opened it</source>
        <translation>%1 guardó este proyecto el %2, después de que lo abrieras</translation>
    </message>
</context>
<context>
    <name>ShopDialogs</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Save to the shop&apos;s server as a copy</source>
        <translation>Guardar como copia en el servidor de la tienda</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nombre en el servidor</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>%1.
Nothing was saved. Open their version (your changes here are dropped), or save yours as a copy beside it?</source>
        <translation>%1.
No se ha guardado nada. ¿Abrir su versión (se pierden tus cambios de aquí) o guardar la tuya como copia al lado?</translation>
    </message>
    <message>
        <source>Open Theirs</source>
        <translation>Abrir la suya</translation>
    </message>
    <message>
        <source>Save Mine as a Copy…</source>
        <translation>Guardar la mía como copia…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ShopMenu</name>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <source>&amp;Open from the Shop&apos;s Server…</source>
        <translation>&amp;Abrir desde el servidor de la tienda…</translation>
    </message>
    <message>
        <source>&amp;Save to the Shop&apos;s Server</source>
        <translation>&amp;Guardar en el servidor de la tienda</translation>
    </message>
    <message>
        <source>Save to the Shop&apos;s Server as a &amp;Copy…</source>
        <translation>Guardar en el servidor de la tienda como &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Reload from the Shop&apos;s Server</source>
        <translation>&amp;Recargar desde el servidor de la tienda</translation>
    </message>
    <message>
        <source>Fetch the Shop&apos;s &amp;Gear Again</source>
        <translation>Traer de nuevo el &amp;equipo de la tienda</translation>
    </message>
    <message>
        <source>&amp;Connect Again</source>
        <translation>Co&amp;nectar de nuevo</translation>
    </message>
    <message>
        <source>Shop Server &amp;Settings…</source>
        <translation>A&amp;justes del servidor de la tienda…</translation>
    </message>
</context>
<context>
    <name>ShopServer</name>
    <message>
        <source>%1 (the password is kept until Headroom closes: %2)</source>
        <extracomment>%1 the status line, %2 why the secret store could not keep the password</extracomment>
        <translation>%1 (la contraseña se guarda hasta que se cierre Headroom: %2)</translation>
    </message>
    <message>
        <source>%1 (the remembered password could not be read: %2)</source>
        <extracomment>%1 the status line, %2 why the remembered password could not be read</extracomment>
        <translation>%1 (no se ha podido leer la contraseña recordada: %2)</translation>
    </message>
    <message>
        <source>Not connected to the shop&apos;s server</source>
        <translation>Sin conexión con el servidor de la tienda</translation>
    </message>
    <message>
        <source>No product has the id %1</source>
        <translation>Ningún producto tiene el id %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>drag on empty canvas, Ctrl/Shift+click</source>
        <translation>arrastrar sobre el lienzo vacío, Ctrl/Shift+clic</translation>
    </message>
    <message>
        <source>select several devices</source>
        <translation>seleccionar varios dispositivos</translation>
    </message>
    <message>
        <source>Ctrl+A, Esc</source>
        <translation>Ctrl+A, Esc</translation>
    </message>
    <message>
        <source>select all, select none</source>
        <translation>seleccionar todo, anular la selección</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>next or previous device, left to right</source>
        <translation>dispositivo siguiente o anterior, de izquierda a derecha</translation>
    </message>
    <message>
        <source>arrows, Shift+arrows</source>
        <translation>flechas, Shift+flechas</translation>
    </message>
    <message>
        <source>nudge the selection by one grid step or five</source>
        <translation>desplazar la selección uno o cinco pasos de la cuadrícula</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete</source>
        <translation>Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete</translation>
    </message>
    <message>
        <source>copy, cut, paste, duplicate (cables inside the selection come along), delete</source>
        <translation>copiar, cortar, pegar, duplicar (los cables dentro de la selección se incluyen), eliminar</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>arrange left to right by signal flow</source>
        <translation>ordenar de izquierda a derecha según el flujo de señal</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo, redo (every edit, one step each)</source>
        <translation>deshacer, rehacer (cada edición es un paso)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2</source>
        <translation>Ctrl+rueda, pellizcar, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2</translation>
    </message>
    <message>
        <source>zoom, zoom to fit, zoom to the selection; middle-drag or wheel pans</source>
        <translation>zoom, ajustar a la ventana, zoom a la selección; arrastrar con el botón central o usar la rueda desplaza la vista</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>show or hide the gear library, the inspector and findings, the preview</source>
        <translation>mostrar u ocultar la biblioteca de equipos, el inspector y las observaciones, la escucha previa</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+N, Ctrl+Shift+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S</source>
        <translation>Ctrl+N, Ctrl+Mayús+N, Ctrl+O, Ctrl+S, Ctrl+Mayús+S</translation>
    </message>
    <message>
        <source>new project, quick check, open, save, save as</source>
        <translation>proyecto nuevo, comprobación rápida, abrir, guardar, guardar como</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D, Ctrl+Shift+C</source>
        <translation>Ctrl+Mayús+D, Ctrl+Mayús+C</translation>
    </message>
    <message>
        <source>duplicate the chain as a variant, compare the variants</source>
        <translation>duplicar la cadena como variante, comparar las variantes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Mayús+G</translation>
    </message>
    <message>
        <source>a listener&apos;s plots: SPL against volume, the response change and the impedance</source>
        <translation>las gráficas de un oyente: SPL según el volumen, cambio de respuesta e impedancia</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+Shift+E, Ctrl+P, Ctrl+Q</source>
        <translation>Ctrl+E, Ctrl+Mayús+E, Ctrl+P, Ctrl+Q</translation>
    </message>
    <message>
        <source>export a report, export the diagram, print the diagram, quit</source>
        <translation>exportar un informe, exportar el diagrama, imprimir el diagrama, salir</translation>
    </message>
</context>
<context>
    <name>SignalClass</name>
    <message>
        <source>acoustic</source>
        <translation>acústico</translation>
    </message>
    <message>
        <source>mic level</source>
        <translation>nivel de micrófono</translation>
    </message>
    <message>
        <source>instrument level</source>
        <translation>nivel de instrumento</translation>
    </message>
    <message>
        <source>line level</source>
        <translation>nivel de línea</translation>
    </message>
    <message>
        <source>headphone level</source>
        <translation>nivel de auriculares</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>speaker level</source>
        <translation>nivel de altavoz</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>%1 is outside the sane range %2…%3 %4</source>
        <translation>%1 está fuera del rango razonable %2…%3 %4</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>does not match the minimum and maximum gain</source>
        <translation>no concuerda con las ganancias mínima y máxima</translation>
    </message>
    <message>
        <source>is below the minimum gain</source>
        <translation>está por debajo de la ganancia mínima</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>se esperaba uno de estos valores: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>needs rising frequencies from %1 Hz to %2 kHz, magnitudes from %3 to %4 Ω and phases within ±90°</source>
        <translation>necesita frecuencias crecientes de %1 Hz a %2 kHz, módulos de %3 a %4 Ω y fases dentro de ±90°</translation>
    </message>
    <message>
        <source>needs ranges of rising loads that do not overlap, from 0 Ω to 10 MΩ, each with a level from 1 mV to 100 V</source>
        <translation>necesita rangos de cargas crecientes que no se solapen, de 0 Ω a 10 MΩ, cada uno con un nivel de 1 mV a 100 V</translation>
    </message>
    <message>
        <source>only a headphone output has a level per load</source>
        <translation>solo una salida de auriculares tiene un nivel por carga</translation>
    </message>
</context>
<context>
    <name>VariantsMenu</name>
    <message>
        <source>V&amp;ariants</source>
        <translation>V&amp;ariantes</translation>
    </message>
    <message>
        <source>D&amp;uplicate as Variant</source>
        <translation>D&amp;uplicar como variante</translation>
    </message>
    <message>
        <source>&amp;Rename Variant…</source>
        <translation>&amp;Renombrar variante…</translation>
    </message>
    <message>
        <source>&amp;Delete Variant</source>
        <translation>&amp;Eliminar variante</translation>
    </message>
    <message>
        <source>&amp;Compare Variants…</source>
        <translation>&amp;Comparar variantes…</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>OK, %1 dB to spare</source>
        <translation>OK, %1 dB de margen</translation>
    </message>
    <message>
        <source>marginal, %1 dB short</source>
        <translation>justo, faltan %1 dB</translation>
    </message>
    <message>
        <source>needs an amp, %1 dB short</source>
        <translation>necesita amplificador, faltan %1 dB</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>%1 dB short of gain</source>
        <translation>faltan %1 dB de ganancia</translation>
    </message>
    <message>
        <source>phantom power off</source>
        <translation>phantom desactivada</translation>
    </message>
    <message>
        <source>phantom power on a ribbon</source>
        <translation>phantom en un micro de cinta</translation>
    </message>
    <message>
        <source>needs a Hi-Z input</source>
        <translation>necesita entrada Hi-Z</translation>
    </message>
    <message>
        <source>clips at the input</source>
        <translation>satura en la entrada</translation>
    </message>
    <message>
        <source>too quiet, %1 dB short</source>
        <translation>demasiado bajo, faltan %1 dB</translation>
    </message>
    <message>
        <source>unsure: %1 dB short, or %2 dB to spare</source>
        <translation>incierto: faltan %1 dB, o %2 dB de margen</translation>
    </message>
</context>
<context>
    <name>VerdictChip</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>VerdictStrip</name>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Add headphones to see whether your gear drives them loud enough.</source>
        <translation>Añade auriculares para ver si tu equipo los hace sonar lo bastante fuerte.</translation>
    </message>
</context>
</TS>
