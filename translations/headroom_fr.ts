<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>%1 products, made %2</source>
        <translation>%1 produits, généré le %2</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Headroom</source>
        <translation>À propos de Headroom</translation>
    </message>
    <message>
        <source>Headroom %1</source>
        <translation>Headroom %1</translation>
    </message>
    <message>
        <source>Plans studio signal chains and tells you whether your gear works together.</source>
        <translation>Planifie vos chaînes de signal de studio et vous indique si votre matériel fonctionne bien ensemble.</translation>
    </message>
    <message>
        <source>Running on Qt %1</source>
        <translation>Fonctionne avec Qt %1</translation>
    </message>
    <message>
        <source>Gear catalog: %1</source>
        <translation>Catalogue de matériel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. The gear catalog and the documentation are under Creative Commons Attribution 4.0; every figure names its source.</source>
        <translation>Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure. Le catalogue de matériel et la documentation sont sous licence Creative Commons Attribution 4.0&#xa0;; chaque valeur indique sa source.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
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
        <translation>atteint la cible avec %1&#xa0;dB de marge (avant&#xa0;: %2&#xa0;dB)</translation>
    </message>
    <message>
        <source>%1 dB of gain to spare (was %2 dB)</source>
        <translation>%1&#xa0;dB de gain en réserve (avant&#xa0;: %2&#xa0;dB)</translation>
    </message>
    <message>
        <source>still %1 dB short (was %2 dB)</source>
        <translation>il manque encore %1&#xa0;dB (avant&#xa0;: %2&#xa0;dB)</translation>
    </message>
    <message>
        <source>no new problems</source>
        <translation>aucun nouveau problème</translation>
    </message>
    <message>
        <source>new problems: %1</source>
        <translation>nouveaux problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>estimate: some figures are typical values</source>
        <translation>estimation&#xa0;: certaines valeurs sont typiques</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Replace the amp with %1</source>
        <translation>Remplacer l’amplificateur par %1</translation>
    </message>
    <message>
        <source>Add %1 before the input, with 48 V on</source>
        <translation>Ajouter %1 avant l’entrée, avec le 48&#xa0;V activé</translation>
    </message>
    <message>
        <source>Replace the splitter with %1</source>
        <translation>Remplacer le répartiteur par %1</translation>
    </message>
    <message>
        <source>Use %1 as the interface</source>
        <translation>Utiliser %1 comme interface</translation>
    </message>
    <message>
        <source>Listen on %1 instead</source>
        <translation>Écouter plutôt avec %1</translation>
    </message>
    <message>
        <source>Use %1 as the monitors</source>
        <translation>Utiliser %1 comme moniteurs</translation>
    </message>
    <message>
        <source>Use %1 as the amplifier</source>
        <translation>Utiliser %1 comme amplificateur</translation>
    </message>
    <message>
        <source>Use %1 as the speakers</source>
        <translation>Utiliser %1 comme enceintes</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <source>What would fix it</source>
        <translation>Ce qui corrigerait le problème</translation>
    </message>
    <message>
        <source>Nothing in the catalog or your gear fixes this.</source>
        <translation>Rien dans le catalogue ni dans votre matériel ne corrige cela.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>As variant</source>
        <translation>En variante</translation>
    </message>
    <message>
        <source>Apply as a new variant: %1</source>
        <translation>Appliquer dans une nouvelle variante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make the change in a copy of the chain, to compare before and after</source>
        <translation>Faire le changement dans une copie de la chaîne, pour comparer avant et après</translation>
    </message>
    <message>
        <source>Headphone amps</source>
        <translation>Amplificateurs casque</translation>
    </message>
    <message>
        <source>Stronger headphone amps</source>
        <translation>Amplificateurs casque plus puissants</translation>
    </message>
    <message>
        <source>Distribution amps</source>
        <translation>Amplificateurs de distribution</translation>
    </message>
    <message>
        <source>Inline preamps</source>
        <translation>Préamplis en ligne</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Autres interfaces</translation>
    </message>
    <message>
        <source>Other headphones</source>
        <translation>Autres casques</translation>
    </message>
    <message>
        <source>More powerful amplifiers</source>
        <translation>Amplificateurs plus puissants</translation>
    </message>
    <message>
        <source>Louder speakers</source>
        <translation>Enceintes plus puissantes</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Plan a studio signal chain and see whether the gear works together.</source>
        <translation>Planifiez une chaîne de signal de studio et vérifiez que votre matériel fonctionne bien ensemble.</translation>
    </message>
    <message>
        <source>A .headroom project to open.</source>
        <translation>Un projet .headroom à ouvrir.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>up to %1 dB SPL, headroom %2 dB</source>
        <translation>jusqu’à %1 dB SPL, marge %2 dB</translation>
    </message>
    <message>
        <source>gain %1 dB</source>
        <translation>gain %1 dB</translation>
    </message>
    <message>
        <source>up to %1 dB SPL at %2 m, headroom %3 dB</source>
        <translation>jusqu’à %1 dB SPL à %2 m, marge %3 dB</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 was %2, the catalog now says %3</source>
        <translation>%1 valait %2, le catalogue indique désormais %3</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Courbe d’impédance</translation>
    </message>
    <message>
        <source>Maximum level per load</source>
        <translation>Niveau maximal selon la charge</translation>
    </message>
    <message>
        <source>%1: none saved, the catalog now has one</source>
        <translation>%1&#xa0;: aucune enregistrée, le catalogue en a désormais une</translation>
    </message>
    <message>
        <source>%1: the catalog no longer has one</source>
        <translation>%1&#xa0;: le catalogue n’en a plus</translation>
    </message>
    <message>
        <source>%1: the catalog&apos;s differs from the saved one</source>
        <translation>%1&#xa0;: celle du catalogue diffère de celle enregistrée</translation>
    </message>
</context>
<context>
    <name>CatalogBanner</name>
    <message>
        <source>The catalog&apos;s figures changed since this project was saved; the analysis uses the saved ones.</source>
        <translation>Les caractéristiques du catalogue ont changé depuis l’enregistrement de ce projet&#xa0;; l’analyse utilise celles qui ont été enregistrées.</translation>
    </message>
    <message>
        <source>Use the catalog&apos;s figures</source>
        <translation>Utiliser les caractéristiques du catalogue</translation>
    </message>
    <message>
        <source>Keep the saved figures</source>
        <translation>Conserver les caractéristiques enregistrées</translation>
    </message>
</context>
<context>
    <name>CatalogStats</name>
    <message>
        <source>| Kind | Products | With the key figures | Impedance curves | Figures from the manufacturer | from measurements | estimated | of them read second hand |</source>
        <translation>| Type | Produits | Avec les valeurs clés | Courbes d’impédance | Valeurs du fabricant | de mesures | estimées | dont de seconde main |</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>ChainCanvas</name>
    <message>
        <source>Signal chain canvas</source>
        <translation>Zone de travail de la chaîne de signal</translation>
    </message>
    <message>
        <source>Insert an %1</source>
        <translation>Insérer un %1</translation>
    </message>
    <message>
        <source>Connect without an adapter</source>
        <translation>Connecter sans adaptateur</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Remplacer par…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Débrancher</translation>
    </message>
    <message>
        <source>Replace %1 with…</source>
        <translation>Remplacer %1 par…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Arrange by Signal Flow</source>
        <translation>Disposer selon le flux du signal</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>What do you have?</source>
        <translation>Qu’avez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Pick your interface or computer, your headphones and a microphone: Headroom wires them and tells you whether they work together.</source>
        <translation>Choisissez votre interface ou votre ordinateur, votre casque et un micro&#xa0;: Headroom les câble et vous dit s’ils fonctionnent ensemble.</translation>
    </message>
    <message>
        <source>Start the quick check</source>
        <translation>Lancer la vérification rapide</translation>
    </message>
    <message>
        <source>Or drag gear from the library onto the canvas, or open an example from the Help menu.</source>
        <translation>Ou faites glisser du matériel de la bibliothèque sur le plan de travail, ou ouvrez un exemple depuis le menu Aide.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Catalog updates (this analysis uses the figures saved in the project)</source>
        <translation>Mises à jour du catalogue (cette analyse utilise les caractéristiques enregistrées dans le projet)</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Your gear&apos;s database (default: %1).</source>
        <translation>La base de données de votre matériel (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Do not compare the project&apos;s gear with the catalog.</source>
        <translation>Ne pas comparer le matériel du projet avec le catalogue.</translation>
    </message>
    <message>
        <source>The .headroom project.</source>
        <translation>Le projet .headroom.</translation>
    </message>
    <message>
        <source>Analyse a .headroom project: a verdict for each listener, the findings, and the levels at every stage.</source>
        <translation>Analyse un projet .headroom&#xa0;: un verdict pour chaque auditeur, les constats et les niveaux à chaque étage.</translation>
    </message>
    <message>
        <source>usage: headroom-cli analyze FILE [--format text|json]</source>
        <translation>utilisation&#xa0;: headroom-cli analyze FILE [--format text|json]</translation>
    </message>
    <message>
        <source>The catalog database (default: the installed one).</source>
        <translation>La base de données du catalogue (par défaut&#xa0;: celle qui est installée).</translation>
    </message>
    <message>
        <source>Only this kind (headphones, interface, microphone, …).</source>
        <translation>Uniquement ce type (headphones, interface, microphone, …).</translation>
    </message>
    <message>
        <source>A condition on a figure, e.g. impedanceOhm&gt;=250 (repeatable).</source>
        <translation>Une condition sur une caractéristique, p. ex. impedanceOhm&gt;=250 (option répétable).</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>Nombre maximal de résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>Words to find in brand, model, variant and aliases (prefixes match).</source>
        <translation>Mots à chercher dans la marque, le modèle, la variante et les alias (un début de mot suffit).</translation>
    </message>
    <message>
        <source>Search the catalog and your gear.</source>
        <translation>Recherche dans le catalogue et dans votre matériel.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>  (your gear)</source>
        <translation>  (votre matériel)</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>The product&apos;s id (see gear search).</source>
        <translation>L’identifiant du produit (voir gear search).</translation>
    </message>
    <message>
        <source>Show a product&apos;s figures with their sources.</source>
        <translation>Affiche les caractéristiques d’un produit avec leurs sources.</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>aucun produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1, id %2%3</source>
        <translation>%1, identifiant %2%3</translation>
    </message>
    <message>
        <source>, your gear</source>
        <translation>, votre matériel</translation>
    </message>
    <message>
        <source>based on %1</source>
        <translation>basé sur %1</translation>
    </message>
    <message>
        <source>also known as %1</source>
        <translation>également appelé %1</translation>
    </message>
    <message>
        <source>  impedance curve: %1 points (%2)</source>
        <translation>  courbe d’impédance&#xa0;: %1 points (%2)</translation>
    </message>
    <message>
        <source>Check the file and report what would be added; change nothing.</source>
        <translation>Vérifier le fichier et indiquer ce qui serait ajouté, sans rien modifier.</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be added</source>
        <translation>
            <numerusform>%n produit serait ajouté</numerusform>
            <numerusform>%n produits seraient ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n product(s) to your gear</source>
        <translation>
            <numerusform>%n produit ajouté à votre matériel</numerusform>
            <numerusform>%n produits ajoutés à votre matériel</numerusform>
        </translation>
    </message>
    <message>
        <source>Add products to your gear: all of them or, on any error, none.</source>
        <translation>Ajoute des produits à votre matériel&#xa0;: tous ou, en cas d’erreur, aucun.</translation>
    </message>
    <message>
        <source>A product (or an array of them) in the catalog&apos;s JSON format.</source>
        <translation>Un produit (ou un tableau de produits) au format JSON du catalogue.</translation>
    </message>
    <message>
        <source>The id of a product in your gear.</source>
        <translation>L’identifiant d’un produit de votre matériel.</translation>
    </message>
    <message>
        <source>Remove a product from your gear.</source>
        <translation>Retire un produit de votre matériel.</translation>
    </message>
    <message>
        <source>Import products into your gear: all of them or, on any error, none.</source>
        <translation>Importe des produits dans votre matériel&#xa0;: tous ou, en cas d’erreur, aucun.</translation>
    </message>
    <message>
        <source>csv or json (default: from the output file&apos;s name, else json).</source>
        <translation>csv ou json (par défaut&#xa0;: d’après le nom du fichier de sortie, sinon json).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>Export the whole catalog plus your gear.</source>
        <translation>Exporte tout le catalogue ainsi que votre matériel.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Product files (CSV or JSON) to check with the catalog&apos;s rules.</source>
        <translation>Fichiers de produits (CSV ou JSON) à vérifier selon les règles du catalogue.</translation>
    </message>
    <message>
        <source>Check product files: every product parses, every figure is sane and has a source.</source>
        <translation>Vérifie des fichiers de produits&#xa0;: chaque produit doit être lisible, chaque valeur plausible et accompagnée d’une source.</translation>
    </message>
    <message>
        <source>The catalog database to write.</source>
        <translation>La base de données du catalogue à écrire.</translation>
    </message>
    <message>
        <source>The catalog&apos;s JSON files.</source>
        <translation>Les fichiers JSON du catalogue.</translation>
    </message>
    <message>
        <source>Build the read-only catalog database from its JSON files.</source>
        <translation>Construit la base de données du catalogue, en lecture seule, à partir de ses fichiers JSON.</translation>
    </message>
    <message>
        <source>%1: cannot be built: %2</source>
        <translation>%1&#xa0;: construction impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown gear command &quot;%1&quot;
</source>
        <translation>commande gear «&#xa0;%1&#xa0;» inconnue
</translation>
    </message>
    <message>
        <source>Usage: headroom-cli gear COMMAND [OPTIONS]
</source>
        <translation>Utilisation&#xa0;: headroom-cli gear COMMAND [OPTIONS]
</translation>
    </message>
    <message>
        <source>
Run &apos;headroom-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez «&#xa0;headroom-cli COMMAND --help&#xa0;» pour afficher les options d’une commande.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue
</translation>
    </message>
    <message>
        <source>%1: the project has no headphones to render</source>
        <translation>%1&#xa0;: le projet ne contient aucun casque pour lequel calculer le rendu</translation>
    </message>
    <message>
        <source>%1: no listener &quot;%2&quot;</source>
        <translation>%1&#xa0;: aucun auditeur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2): no programme reaches this listener; %3 is silent
</source>
        <translation>%1 (%2)&#xa0;: aucun programme ne parvient à cet auditeur&#xa0;; %3 ne contient que du silence
</translation>
    </message>
    <message>
        <source>%1 (%2): %3 dB SPL average rendered (computed %4), hiss %5 dB SPL; clipped samples: %6 → %7
</source>
        <translation>%1 (%2)&#xa0;: %3 dB SPL en moyenne dans le rendu (calculé&#xa0;: %4), souffle %5 dB SPL&#xa0;; échantillons écrêtés&#xa0;: %6 → %7
</translation>
    </message>
    <message>
        <source>The headphones&apos; device id or listener name (default: the first headphones).</source>
        <translation>L’identifiant d’appareil du casque ou le nom de l’auditeur (par défaut&#xa0;: le premier casque).</translation>
    </message>
    <message>
        <source>Your own programme: WAV, FLAC, OGG or AIFF, played at the chain&apos;s programme level.</source>
        <translation>Votre propre programme&#xa0;: WAV, FLAC, OGG ou AIFF, lu au niveau de programme de la chaîne.</translation>
    </message>
    <message>
        <source>Generated programme: speech, music, pink-noise, sweep or tone (default: the source&apos;s).</source>
        <translation>Programme généré&#xa0;: speech, music, pink-noise, sweep ou tone (par défaut&#xa0;: celui de la source).</translation>
    </message>
    <message>
        <source>Seconds of generated programme (default 10).</source>
        <translation>Durée du programme généré, en secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>The rendered file: .wav (32-bit float) or .flac (24-bit).</source>
        <translation>Le fichier rendu&#xa0;: .wav (32 bits à virgule flottante) ou .flac (24 bits).</translation>
    </message>
    <message>
        <source>Also render the same programme through another project, to OUT-compare.wav, level-honest.</source>
        <translation>Calculer aussi le rendu du même programme à travers un autre projet, dans OUT-compare.wav, en respectant fidèlement les niveaux.</translation>
    </message>
    <message>
        <source>The SPL of a full-scale sine in the file (default 110 dB SPL).</source>
        <translation>Le SPL d’un sinus à pleine échelle dans le fichier (110 dB SPL par défaut).</translation>
    </message>
    <message>
        <source>Render what a listener hears: the programme through the chain&apos;s gains, clipping, hiss and output-impedance response, at a level relative to the reference SPL.</source>
        <translation>Calcule ce qu’entend un auditeur&#xa0;: le programme passé par les gains, l’écrêtage, le souffle et la réponse liée à l’impédance de sortie de la chaîne, à un niveau relatif au SPL de référence.</translation>
    </message>
    <message>
        <source>usage: headroom-cli render FILE [--listener ID] [--input AUDIO | --program NAME] [--duration SECONDS] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]</source>
        <translation>utilisation&#xa0;: headroom-cli render FILE [--listener ID] [--input AUDIO | --program NAME] [--duration SECONDS] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]</translation>
    </message>
    <message>
        <source>Indent the JSON for people (it is compact by default, for scripts).</source>
        <translation>Indenter le JSON pour le lire (il est compact par défaut, pour les scripts).</translation>
    </message>
    <message>
        <source>Nothing to suggest: no listener is short of level and no microphone of gain.</source>
        <translation>Rien à suggérer&#xa0;: aucun auditeur ne manque de niveau et aucun micro de gain.</translation>
    </message>
    <message>
        <source>Suggestions per problem (default 3).</source>
        <translation>Suggestions par problème (3 par défaut).</translation>
    </message>
    <message>
        <source>Suggest gear from the catalog and your own that fixes a listener short of level or a microphone short of gain, each tried in a copy of the chain.</source>
        <translation>Suggère du matériel du catalogue et du vôtre qui corrige un auditeur qui manque de niveau ou un micro qui manque de gain, chacun essayé dans une copie de la chaîne.</translation>
    </message>
    <message>
        <source>usage: headroom-cli advise FILE [--format text|json] [--limit N]</source>
        <translation>utilisation&#xa0;: headroom-cli advise FILE [--format text|json] [--limit N]</translation>
    </message>
    <message>
        <source>Your headphones: one gear id, or several separated by commas.</source>
        <translation>Votre casque&#xa0;: un identifiant de matériel, ou plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>Also write the chain as a .headroom project.</source>
        <translation>Écrire aussi la chaîne comme projet .headroom.</translation>
    </message>
    <message>
        <source>Check the gear you have without drawing a chain: Headroom wires it (the computer, adapters, a splitter where needed) and gives the verdict for each listener.</source>
        <translation>Vérifiez votre matériel sans dessiner de chaîne&#xa0;: Headroom le câble (l’ordinateur, des adaptateurs, un répartiteur si besoin) et donne le verdict pour chaque auditeur.</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; in the catalog or your gear (see &apos;headroom-cli gear search&apos;)</source>
        <translation>Aucun produit «&#xa0;%1&#xa0;» dans le catalogue ni dans votre matériel (voir «&#xa0;headroom-cli gear search&#xa0;»)</translation>
    </message>
    <message>
        <source>The variants to compare, by name, separated by commas (default: all).</source>
        <translation>Les variantes à comparer, par nom, séparées par des virgules (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Compare a project&apos;s variants side by side: per listener the verdict, the maximum level, the room to the target, the volume setting, the hiss and the problems.</source>
        <translation>Comparer côte à côte les variantes d’un projet&#xa0;: par auditeur, le verdict, le niveau maximal, la marge jusqu’à la cible, le réglage de volume, le souffle et les problèmes.</translation>
    </message>
    <message>
        <source>usage: headroom-cli compare FILE [--variants A,B] [--format text|json]</source>
        <translation>usage&#xa0;: headroom-cli compare FICHIER [--variants A,B] [--format text|json]</translation>
    </message>
    <message>
        <source>No variant &quot;%1&quot; in %2; it has: %3</source>
        <translation>Aucune variante «&#xa0;%1&#xa0;» dans %2&#xa0;; il contient&#xa0;: %3</translation>
    </message>
    <message>
        <source>in your shop: %1</source>
        <translation>dans votre magasin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also print, per kind, how many products have the figures the verdicts depend on, and where the figures come from (a Markdown table).</source>
        <translation>Afficher aussi, par type, combien de produits ont les valeurs dont dépendent les verdicts, et d’où viennent les valeurs (un tableau Markdown).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .html (a report), .svg, .png (the diagram), .txt or .json.</source>
        <translation>Le fichier à écrire&#xa0;: .pdf ou .html (un rapport), .svg, .png (le schéma), .txt ou .json.</translation>
    </message>
    <message>
        <source>A one-page summary to hand a customer (the default).</source>
        <translation>Un résumé d’une page à remettre à un client (par défaut).</translation>
    </message>
    <message>
        <source>The full engineering report.</source>
        <translation>Le rapport technique complet.</translation>
    </message>
    <message>
        <source>The variant to report on (default: the one last edited).</source>
        <translation>La variante du rapport (par défaut&#xa0;: la dernière modifiée).</translation>
    </message>
    <message>
        <source>The shop&apos;s name, printed on the summary.</source>
        <translation>Le nom du magasin, imprimé sur le résumé.</translation>
    </message>
    <message>
        <source>Pixels per canvas pixel of a PNG (default 2).</source>
        <translation>Pixels par pixel du canevas d’un PNG (par défaut 2).</translation>
    </message>
    <message>
        <source>Write a report of a project to hand over: a one-page summary or a full engineering report as PDF or HTML, the chain&apos;s diagram as SVG, PNG or PDF, or the analysis as text or JSON.</source>
        <translation>Écrire un rapport d’un projet à remettre&#xa0;: un résumé d’une page ou un rapport technique complet en PDF ou HTML, le schéma de la chaîne en SVG, PNG ou PDF, ou l’analyse en texte ou JSON.</translation>
    </message>
    <message>
        <source>With .svg or .png: a listener&apos;s plot instead of the diagram: gain, volume or response.</source>
        <translation>Avec .svg ou .png&#xa0;: une courbe d’un auditeur au lieu du schéma&#xa0;: gain, volume ou response.</translation>
    </message>
    <message>
        <source>The headphones&apos; device id for --plot (default: the first).</source>
        <translation>L’identifiant du casque pour --plot (par défaut&#xa0;: le premier).</translation>
    </message>
    <message>
        <source>usage: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] [--plot gain|volume|response [--listener ID]]</source>
        <translation>utilisation&#xa0;: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] [--plot gain|volume|response [--listener ID]]</translation>
    </message>
    <message>
        <source>No headphones &quot;%1&quot; in %2</source>
        <translation>Aucun casque «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>--provenance: &quot;%1&quot; is not manufacturer, measurement or estimate</source>
        <translation>--provenance&#xa0;: «&#xa0;%1&#xa0;» n’est ni manufacturer, ni measurement, ni estimate</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importée de %1</translation>
    </message>
    <message>
        <source> (%1 in the file, at most %2 per octave kept)</source>
        <translation> (%1 dans le fichier, au plus %2 par octave conservés)</translation>
    </message>
    <message>
        <source>the file has no phase: the curve is taken as resistive</source>
        <translation>le fichier n’a pas de phase&#xa0;: la courbe est prise comme résistive</translation>
    </message>
    <message>
        <source>The file is a measured impedance curve (REW, ARTA, LIMP, DATS text export or CSV: hertz, ohms, phase) for these headphones; a catalog product gets a copy in your gear.</source>
        <translation>Le fichier est une courbe d’impédance mesurée (export texte de REW, ARTA, LIMP, DATS ou CSV&#xa0;: hertz, ohms, phase) pour ce casque&#xa0;; un produit du catalogue reçoit une copie dans votre matériel.</translation>
    </message>
    <message>
        <source>Where the curve was published (a web address).</source>
        <translation>Où la courbe a été publiée (une adresse web).</translation>
    </message>
    <message>
        <source>manufacturer, measurement or estimate (default: measurement).</source>
        <translation>manufacturer, measurement ou estimate (par défaut&#xa0;: measurement).</translation>
    </message>
    <message>
        <source>A CSV or JSON file of products, or with --curve-for a measured impedance curve.</source>
        <translation>Un fichier CSV ou JSON de produits, ou avec --curve-for une courbe d’impédance mesurée.</translation>
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
        <translation>  gear search [TEXT] [--kind K] [--where FIGURE&gt;=N]   rechercher des produits
  gear show ID                 caractéristiques et sources d’un produit
  gear add FILE                ajouter un produit (JSON) à votre matériel
  gear remove ID               retirer un produit de votre matériel
  gear import FILE [--dry-run] importer un fichier CSV ou JSON dans votre matériel
  gear import CURVE --curve-for ID [--source URL]
                               une courbe d’impédance mesurée pour un casque
  gear export [--format csv|json] [--out FILE]
  gear validate FILES…         vérifier des fichiers de produits
  gear compile --out DB FILES… construire la base de données du catalogue
</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has an impedance curve of %n point(s)</source>
        <translation>
            <numerusform>%1 a maintenant une courbe d’impédance de %n point</numerusform>
            <numerusform>%1 a maintenant une courbe d’impédance de %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with status 1 when a listener falls short of the target (marginal, needs an amp, not connected).</source>
        <translation>Quitter avec le statut 1 quand un auditeur n’atteint pas la cible (juste, a besoin d’un ampli, non connecté).</translation>
    </message>
    <message>
        <source>The shop&apos;s shared server, postgresql://user@host[:port]/database (default: $HEADROOM_SERVER). The password comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Le serveur partagé du magasin, postgresql://utilisateur@hôte[:port]/base (par défaut&#xa0;: $HEADROOM_SERVER). Le mot de passe vient de ~/.pgpass ou de PGPASSWORD.</translation>
    </message>
    <message>
        <source>  (the shop&apos;s gear)</source>
        <translation>  (matériel du magasin)</translation>
    </message>
    <message>
        <source>, the shop&apos;s gear</source>
        <translation>, matériel du magasin</translation>
    </message>
    <message>
        <source>name the server with --server URL or $HEADROOM_SERVER</source>
        <translation>indiquez le serveur avec --server URL ou $HEADROOM_SERVER</translation>
    </message>
    <message>
        <source>Create or update the server&apos;s schema, in one transaction (the shop&apos;s administrator).</source>
        <translation>Créer ou mettre à jour le schéma du serveur, en une seule transaction (pour l’administrateur du magasin).</translation>
    </message>
    <message>
        <source>the schema is at version %1 already</source>
        <translation>le schéma est déjà en version %1</translation>
    </message>
    <message>
        <source>the schema went from version %1 to %2</source>
        <translation>le schéma est passé de la version %1 à la %2</translation>
    </message>
    <message>
        <source>Say what the server holds and who you are on it.</source>
        <translation>Dire ce que contient le serveur et qui vous y êtes.</translation>
    </message>
    <message>
        <source>schema version %1, you are %2</source>
        <translation>version du schéma %1, vous êtes %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shared product(s)</source>
        <translation>
            <numerusform>%n produit partagé</numerusform>
            <numerusform>%n produits partagés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared project(s)</source>
        <translation>
            <numerusform>%n projet partagé</numerusform>
            <numerusform>%n projets partagés</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the files and change nothing.</source>
        <translation>Vérifier les fichiers sans rien changer.</translation>
    </message>
    <message>
        <source>CSV or JSON files of products.</source>
        <translation>Fichiers CSV ou JSON de produits.</translation>
    </message>
    <message>
        <source>Add products to the shop&apos;s shared gear: all of them or, on any error, none.</source>
        <translation>Ajouter des produits au matériel partagé du magasin&#xa0;: tous ou, à la moindre erreur, aucun.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be added to the shop&apos;s gear</source>
        <translation>
            <numerusform>%n produit serait ajouté au matériel du magasin</numerusform>
            <numerusform>%n produits seraient ajoutés au matériel du magasin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added to the shop&apos;s gear</source>
        <translation>
            <numerusform>%n produit ajouté au matériel du magasin</numerusform>
            <numerusform>%n produits ajoutés au matériel du magasin</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared product&apos;s id.</source>
        <translation>L’identifiant du produit partagé.</translation>
    </message>
    <message>
        <source>Remove a product from the shop&apos;s shared gear.</source>
        <translation>Retirer un produit du matériel partagé du magasin.</translation>
    </message>
    <message>
        <source>List the shop&apos;s shared projects.</source>
        <translation>Lister les projets partagés du magasin.</translation>
    </message>
    <message>
        <source>revision %1, saved by %2 at %3</source>
        <translation>révision %1, enregistrée par %2 le %3</translation>
    </message>
    <message>
        <source>no shared projects</source>
        <translation>aucun projet partagé</translation>
    </message>
    <message>
        <source>The .headroom file to write.</source>
        <translation>Le fichier .headroom à écrire.</translation>
    </message>
    <message>
        <source>The shared project&apos;s id (see server projects).</source>
        <translation>L’identifiant du projet partagé (voir server projects).</translation>
    </message>
    <message>
        <source>Fetch a shared project into a file.</source>
        <translation>Récupérer un projet partagé dans un fichier.</translation>
    </message>
    <message>
        <source>name the file to write with --out</source>
        <translation>indiquez le fichier à écrire avec --out</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <extracomment>%1 project name, %2 revision</extracomment>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>The project&apos;s name on the server (default: the file&apos;s).</source>
        <translation>Le nom du projet sur le serveur (par défaut&#xa0;: celui du fichier).</translation>
    </message>
    <message>
        <source>Save over this shared project…</source>
        <translation>Enregistrer sur ce projet partagé…</translation>
    </message>
    <message>
        <source>…only if it is still at this revision (the one you fetched).</source>
        <translation>…seulement s’il en est encore à cette révision (celle que vous avez récupérée).</translation>
    </message>
    <message>
        <source>The .headroom file.</source>
        <translation>Le fichier .headroom.</translation>
    </message>
    <message>
        <source>Save a project to the server.</source>
        <translation>Enregistrer un projet sur le serveur.</translation>
    </message>
    <message>
        <source>--id and --revision go together: a save over a project names the revision it is based on</source>
        <translation>--id et --revision vont ensemble&#xa0;: un enregistrement sur un projet indique la révision dont il part</translation>
    </message>
    <message>
        <source>nothing was saved: fetch the project again (server open), or save yours as a copy (without --id)</source>
        <translation>rien n’a été enregistré&#xa0;: récupérez à nouveau le projet (server open) ou enregistrez le vôtre comme copie (sans --id)</translation>
    </message>
    <message>
        <source>saved as %1, revision %2</source>
        <extracomment>%1 project id, %2 revision</extracomment>
        <translation>enregistré sous %1, révision %2</translation>
    </message>
    <message>
        <source>unknown server command &quot;%1&quot;
</source>
        <translation>commande server inconnue «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <source>Usage: headroom-cli server COMMAND [--server URL] [OPTIONS]
</source>
        <translation>Utilisation&#xa0;: headroom-cli server COMMANDE [--server URL] [OPTIONS]
</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s products that have the same ids (a stock list imported again).</source>
        <translation>Remplacer les produits du magasin ayant les mêmes identifiants (une liste de stock importée à nouveau).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added to or replaced in the shop&apos;s gear</source>
        <translation>
            <numerusform>%n produit ajouté ou remplacé dans le matériel du magasin</numerusform>
            <numerusform>%n produits ajoutés ou remplacés dans le matériel du magasin</numerusform>
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
        <translation>  server migrate               créer ou mettre à jour le schéma du serveur d’un magasin
  server status                ce que contient le serveur du magasin
  server import FILES… [--dry-run] [--update]  ajouter des produits au matériel partagé
  server remove ID             retirer un produit du matériel du magasin
  server projects              lister les projets partagés
  server open ID --out FILE    récupérer un projet partagé
  server save FILE [--id ID --revision N] [--name NAME]
                               enregistrer un projet sur le serveur
</translation>
    </message>
    <message>
        <source>Your audio interface, mixer, USB microphone, computer or phone (a gear id).</source>
        <translation>Votre interface audio, table de mixage, micro USB, ordinateur ou téléphone (un identifiant de matériel).</translation>
    </message>
    <message>
        <source>A microphone into the first input of the interface or mixer (a gear id).</source>
        <translation>Un micro sur la première entrée de l’interface ou de la table de mixage (un identifiant de matériel).</translation>
    </message>
    <message>
        <source>usage: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] [--format text|json] [--save FILE]</source>
        <translation>usage&#xa0;: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] [--format text|json] [--save FICHIER]</translation>
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
        <translation>Utilisation&#xa0;: headroom-cli COMMAND [OPTIONS]

Commandes&#xa0;:
  advise FILE [--format text|json]    suggérer du matériel qui corrige ce qui manque
  analyze FILE [--format text|json]   analyser un projet .headroom
  check --source ID --headphones|--monitors ID[,ID…] [--amp ID] [--mic ID]
                                      vérifier votre matériel sans dessiner de chaîne
  compare FILE [--variants A,B]       comparer côte à côte les variantes d’un projet
  render FILE --out OUT.wav [--listener ID] [--input AUDIO] [--compare OTHER.headroom]
                                      calculer ce qu’entend un auditeur
  report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full]
                                      un rapport à remettre, ou le schéma de la chaîne
</translation>
    </message>
    <message>
        <source>A headphone amp, or the power amplifier of passive speakers, fed from the source (a gear id).</source>
        <translation>Un amplificateur casque, ou l&apos;amplificateur de puissance d&apos;enceintes passives, alimenté par la source (un identifiant d&apos;équipement).</translation>
    </message>
    <message>
        <source>Your studio monitors or passive speakers, on the line outputs: one gear id, or several separated by commas.</source>
        <translation>Vos moniteurs de studio ou enceintes passives, sur les sorties ligne : un identifiant d&apos;équipement, ou plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Scale the comparison to the same average SPL as the first render.</source>
        <translation>Ramener la comparaison au même niveau sonore moyen que le premier rendu.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Max SPL (full volume)</source>
        <translation>SPL max. (volume au maximum)</translation>
    </message>
    <message>
        <source>To the peak target</source>
        <translation>Jusqu’à la cible de crête</translation>
    </message>
    <message>
        <source>Volume setting</source>
        <translation>Réglage du volume</translation>
    </message>
    <message>
        <source>Hiss</source>
        <translation>Souffle</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Compare variants</source>
        <translation>Comparer les variantes</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>not in this variant</source>
        <translation>absent de cette variante</translation>
    </message>
    <message>
        <source>Highlighted: the variants differ here.</source>
        <translation>En surbrillance&#xa0;: les variantes diffèrent ici.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>not in this variant</source>
        <translation>absent de cette variante</translation>
    </message>
    <message>
        <source>Headroom comparison</source>
        <translation>Comparaison Headroom</translation>
    </message>
    <message>
        <source>Headroom comparison: %1</source>
        <translation>Comparaison Headroom&#xa0;: %1</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>au total</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>max SPL</source>
        <translation>SPL max.</translation>
    </message>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>to the target</source>
        <translation>jusqu’à la cible</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>hiss</source>
        <translation>souffle</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <source>* the variants differ here; max SPL at full volume, &quot;to the target&quot; from there to the peak target</source>
        <translation>* les variantes diffèrent ici&#xa0;; SPL max. au volume maximum, «&#xa0;jusqu’à la cible&#xa0;» de là jusqu’à la cible de crête</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>no such device</source>
        <translation>appareil inexistant</translation>
    </message>
    <message>
        <source>a device cannot feed itself</source>
        <translation>un appareil ne peut pas être relié à lui-même</translation>
    </message>
    <message>
        <source>no such port</source>
        <translation>prise inexistante</translation>
    </message>
    <message>
        <source>a cable runs from an output to an input</source>
        <translation>un câble va d’une sortie vers une entrée</translation>
    </message>
    <message>
        <source>this input is already connected to %1</source>
        <translation>cette entrée est déjà reliée à %1</translation>
    </message>
    <message>
        <source>%1 output into a %2 input</source>
        <translation>sortie %1 vers une entrée %2</translation>
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
        <translation>jack 6,35 mm TRS</translation>
    </message>
    <message>
        <source>6.35 mm TS</source>
        <translation>jack 6,35 mm TS</translation>
    </message>
    <message>
        <source>3.5 mm TRS</source>
        <translation>mini-jack 3,5 mm TRS</translation>
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
        <translation>combo XLR/jack 6,35 mm</translation>
    </message>
    <message>
        <source>acoustic</source>
        <translation>acoustique</translation>
    </message>
    <message>
        <source>5-pin DIN</source>
        <translation>DIN 5 broches</translation>
    </message>
    <message>
        <source>speaker terminals</source>
        <translation>bornes haut-parleur</translation>
    </message>
</context>
<context>
    <name>CurveText</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>the frequencies must rise, and %1 Hz does not</source>
        <translation>les fréquences doivent croître, et %1&#xa0;Hz ne le fait pas</translation>
    </message>
    <message>
        <source>%1 Ω is outside %2 Ω to %3 MΩ</source>
        <translation>%1&#xa0;Ω est hors de %2&#xa0;Ω à %3&#xa0;MΩ</translation>
    </message>
    <message>
        <source>a phase of %1° is outside ±90°</source>
        <translation>une phase de %1° est hors de ±90°</translation>
    </message>
    <message>
        <source>some lines have a phase and some do not</source>
        <translation>certaines lignes ont une phase et d’autres non</translation>
    </message>
    <message>
        <source>no curve found: expected lines of hertz and ohms, and the phase in degrees, from 1 Hz to 200 kHz</source>
        <translation>aucune courbe trouvée&#xa0;: il faut des lignes de hertz et d’ohms, et la phase en degrés, de 1&#xa0;Hz à 200&#xa0;kHz</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Voice or acoustic instrument</source>
        <translation>Voix ou instrument acoustique</translation>
    </message>
    <message>
        <source>Electric instrument</source>
        <translation>Instrument électrique</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Inline preamp</source>
        <translation>Préampli inline</translation>
    </message>
    <message>
        <source>Audio interface</source>
        <translation>Interface audio</translation>
    </message>
    <message>
        <source>Headphone amp</source>
        <translation>Ampli casque</translation>
    </message>
    <message>
        <source>Splitter</source>
        <translation>Répartiteur</translation>
    </message>
    <message>
        <source>Cable or adapter</source>
        <translation>Câble ou adaptateur</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Casque</translation>
    </message>
    <message>
        <source>Computer, laptop or phone</source>
        <translation>Ordinateur, portable ou téléphone</translation>
    </message>
    <message>
        <source>Studio monitors (a pair)</source>
        <translation>Moniteurs de studio (une paire)</translation>
    </message>
    <message>
        <source>DI box</source>
        <translation>Boîte DI</translation>
    </message>
    <message>
        <source>USB microphone</source>
        <translation>Microphone USB</translation>
    </message>
    <message>
        <source>Mixer or podcast console</source>
        <translation>Table de mixage ou console de podcast</translation>
    </message>
    <message>
        <source>Mic preamp or channel strip</source>
        <translation>Préampli micro ou tranche de console</translation>
    </message>
    <message>
        <source>Monitor controller</source>
        <translation>Contrôleur de moniteurs</translation>
    </message>
    <message>
        <source>Personal monitor mixer</source>
        <translation>Mélangeur de retour personnel</translation>
    </message>
    <message>
        <source>Keyboard or MIDI controller</source>
        <translation>Clavier ou contrôleur MIDI</translation>
    </message>
    <message>
        <source>Power amplifier</source>
        <translation>Amplificateur de puissance</translation>
    </message>
    <message>
        <source>Passive speakers (a pair)</source>
        <translation>Enceintes passives (une paire)</translation>
    </message>
</context>
<context>
    <name>DeviceNode</name>
    <message>
        <source>Findings about this device</source>
        <translation>Constats sur cet appareil</translation>
    </message>
    <message>
        <source>Drag a cable from %1</source>
        <translation>Tirer un câble depuis «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Débrancher %1 de %2</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Remplacer %1 par %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 (%2)</translation>
    </message>
    <message>
        <source>Update figures from the catalog</source>
        <translation>Reprendre les caractéristiques du catalogue</translation>
    </message>
    <message>
        <source>Delete %1 devices</source>
        <translation>Supprimer %1 appareils</translation>
    </message>
    <message>
        <source>Move %1 devices</source>
        <translation>Déplacer %1 appareils</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Duplicate %1 devices</source>
        <translation>Dupliquer %1 appareils</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Coller %1</translation>
    </message>
    <message>
        <source>Paste %1 devices</source>
        <translation>Coller %1 appareils</translation>
    </message>
    <message>
        <source>Arrange by signal flow</source>
        <translation>Disposer selon le flux du signal</translation>
    </message>
    <message>
        <source>Connect %1 to %2 through an adapter</source>
        <translation>Connecter %1 à %2 via un adaptateur</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Vérification rapide</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>Duplicate as %1</source>
        <translation>Dupliquer en %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Delete variant %1</source>
        <translation>Supprimer la variante %1</translation>
    </message>
    <message>
        <source>%1 as a variant</source>
        <translation>%1 en variante</translation>
    </message>
    <message>
        <source>%1 of %2 stays as it is: %3</source>
        <translation>%1 de %2 reste inchangé&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Microphone type</source>
        <translation>Type de micro</translation>
    </message>
    <message>
        <source>the product page</source>
        <translation>sur la page du produit</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row (mV/Pa or dBV/Pa)</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Sensibilité&#xa0;» («&#xa0;Sensitivity&#xa0;»&#xa0;; mV/Pa ou dBV/Pa)</translation>
    </message>
    <message>
        <source>Output impedance</source>
        <translation>Impédance de sortie</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output impedance&quot; or &quot;Rated impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance de sortie&#xa0;» ou «&#xa0;Impédance nominale&#xa0;» («&#xa0;Output impedance&#xa0;» ou «&#xa0;Rated impedance&#xa0;»)</translation>
    </message>
    <message>
        <source>Self-noise</source>
        <translation>Bruit propre</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Equivalent noise level&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Niveau de bruit équivalent&#xa0;» («&#xa0;Equivalent noise level&#xa0;»)</translation>
    </message>
    <message>
        <source>Maximum SPL</source>
        <translation>SPL maximal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Maximum SPL&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;SPL maximal&#xa0;» («&#xa0;Maximum SPL&#xa0;»)</translation>
    </message>
    <message>
        <source>Needs phantom power</source>
        <translation>Nécessite l’alimentation fantôme</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Gain&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Gain&#xa0;»</translation>
    </message>
    <message>
        <source>Input impedance</source>
        <translation>Impédance d’entrée</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance d’entrée&#xa0;» («&#xa0;Input impedance&#xa0;»)</translation>
    </message>
    <message>
        <source>Equivalent input noise</source>
        <translation>Bruit équivalent ramené à l’entrée (EIN)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;EIN&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;EIN&#xa0;» (bruit équivalent ramené à l’entrée)</translation>
    </message>
    <message>
        <source>Passes phantom power on</source>
        <translation>Laisse passer l’alimentation fantôme</translation>
    </message>
    <message>
        <source>the manual</source>
        <translation>dans le mode d’emploi</translation>
    </message>
    <message>
        <source>Typical output level</source>
        <translation>Niveau de sortie typique</translation>
    </message>
    <message>
        <source>a measurement of the pickup&apos;s output</source>
        <translation>par une mesure à la sortie des micros de l’instrument</translation>
    </message>
    <message>
        <source>Mic/line/instrument inputs</source>
        <translation>Entrées micro/ligne/instrument</translation>
    </message>
    <message>
        <source>Line-only inputs</source>
        <translation>Entrées ligne uniquement</translation>
    </message>
    <message>
        <source>Minimum preamp gain</source>
        <translation>Gain minimal du préampli</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Gain range&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Plage de gain&#xa0;» («&#xa0;Gain range&#xa0;»)</translation>
    </message>
    <message>
        <source>Maximum preamp gain</source>
        <translation>Gain maximal du préampli</translation>
    </message>
    <message>
        <source>Preamp gain range (span)</source>
        <translation>Plage de gain du préampli (étendue)</translation>
    </message>
    <message>
        <source>Mic input maximum level (minimum gain)</source>
        <translation>Niveau maximal de l’entrée micro (gain minimal)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s mic input &quot;Maximum input level&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Niveau d’entrée maximal&#xa0;» («&#xa0;Maximum input level&#xa0;») de l’entrée micro</translation>
    </message>
    <message>
        <source>Mic input impedance</source>
        <translation>Impédance de l’entrée micro</translation>
    </message>
    <message>
        <source>the datasheet&apos;s mic input &quot;Input impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance d’entrée&#xa0;» («&#xa0;Input impedance&#xa0;») de l’entrée micro</translation>
    </message>
    <message>
        <source>Line input maximum level</source>
        <translation>Niveau maximal de l’entrée ligne</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line input &quot;Maximum input level&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Niveau d’entrée maximal&#xa0;» («&#xa0;Maximum input level&#xa0;») de l’entrée ligne</translation>
    </message>
    <message>
        <source>Line input impedance</source>
        <translation>Impédance de l’entrée ligne</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line input &quot;Input impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance d’entrée&#xa0;» («&#xa0;Input impedance&#xa0;») de l’entrée ligne</translation>
    </message>
    <message>
        <source>Instrument input maximum level</source>
        <translation>Niveau maximal de l’entrée instrument</translation>
    </message>
    <message>
        <source>the datasheet&apos;s instrument input &quot;Maximum input level&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Niveau d’entrée maximal&#xa0;» («&#xa0;Maximum input level&#xa0;») de l’entrée instrument</translation>
    </message>
    <message>
        <source>Instrument input impedance</source>
        <translation>Impédance de l’entrée instrument</translation>
    </message>
    <message>
        <source>the datasheet&apos;s instrument input &quot;Input impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance d’entrée&#xa0;» («&#xa0;Input impedance&#xa0;») de l’entrée instrument</translation>
    </message>
    <message>
        <source>Phantom power switch</source>
        <translation>Commutateur d’alimentation fantôme</translation>
    </message>
    <message>
        <source>Hi-Z (instrument) switch</source>
        <translation>Commutateur Hi-Z (instrument)</translation>
    </message>
    <message>
        <source>Direct monitoring</source>
        <translation>Écoute directe (Direct Monitoring)</translation>
    </message>
    <message>
        <source>Line output pairs</source>
        <translation>Paires de sorties ligne</translation>
    </message>
    <message>
        <source>Line output maximum level</source>
        <translation>Niveau maximal de la sortie ligne</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Maximum output level&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Niveau de sortie maximal&#xa0;» («&#xa0;Maximum output level&#xa0;») de la sortie ligne</translation>
    </message>
    <message>
        <source>Line output impedance</source>
        <translation>Impédance de la sortie ligne</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Output impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance de sortie&#xa0;» («&#xa0;Output impedance&#xa0;») de la sortie ligne</translation>
    </message>
    <message>
        <source>Balanced line outputs</source>
        <translation>Sorties ligne symétriques</translation>
    </message>
    <message>
        <source>Line output dynamic range</source>
        <translation>Plage dynamique de la sortie ligne</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Dynamic range&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Plage dynamique&#xa0;» («&#xa0;Dynamic range&#xa0;») de la sortie ligne</translation>
    </message>
    <message>
        <source>Headphone outputs</source>
        <translation>Sorties casque</translation>
    </message>
    <message>
        <source>Headphone output maximum level</source>
        <translation>Niveau maximal de la sortie casque</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone output &quot;Maximum output level&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Niveau de sortie maximal&#xa0;» («&#xa0;Maximum output level&#xa0;») de la sortie casque</translation>
    </message>
    <message>
        <source>Load of the maximum level (blank: open circuit)</source>
        <translation>Charge associée au niveau maximal (vide&#xa0;: sortie à vide)</translation>
    </message>
    <message>
        <source>the same datasheet row</source>
        <translation>dans la même rubrique de la fiche technique</translation>
    </message>
    <message>
        <source>Headphone output impedance</source>
        <translation>Impédance de la sortie casque</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone &quot;Output impedance&quot; row or an independent measurement</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance de sortie&#xa0;» («&#xa0;Output impedance&#xa0;») de la sortie casque, ou par une mesure indépendante</translation>
    </message>
    <message>
        <source>Headphone output current limit</source>
        <translation>Limite de courant de la sortie casque</translation>
    </message>
    <message>
        <source>an independent measurement</source>
        <translation>par une mesure indépendante</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Puissance nominale</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output power&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Puissance de sortie&#xa0;» («&#xa0;Output power&#xa0;»)</translation>
    </message>
    <message>
        <source>Load of the rated power</source>
        <translation>Charge associée à la puissance nominale</translation>
    </message>
    <message>
        <source>Second rated power</source>
        <translation>Deuxième puissance nominale</translation>
    </message>
    <message>
        <source>Load of the second rated power</source>
        <translation>Charge associée à la deuxième puissance nominale</translation>
    </message>
    <message>
        <source>Headphone output dynamic range</source>
        <translation>Plage dynamique de la sortie casque</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone &quot;Dynamic range&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Plage dynamique&#xa0;» («&#xa0;Dynamic range&#xa0;») de la sortie casque</translation>
    </message>
    <message>
        <source>Output noise</source>
        <translation>Bruit de sortie</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Noise&quot; row or an independent measurement</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Bruit&#xa0;» («&#xa0;Noise&#xa0;»), ou par une mesure indépendante</translation>
    </message>
    <message>
        <source>Headphone connector</source>
        <translation>Connecteur casque</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>An input per channel</source>
        <translation>Une entrée par canal</translation>
    </message>
    <message>
        <source>Thru output</source>
        <translation>Sortie Thru</translation>
    </message>
    <message>
        <source>Minimum load</source>
        <translation>Charge minimale</translation>
    </message>
    <message>
        <source>Input connector</source>
        <translation>Connecteur d’entrée</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Output connector</source>
        <translation>Connecteur de sortie</translation>
    </message>
    <message>
        <source>Level change</source>
        <translation>Variation de niveau</translation>
    </message>
    <message>
        <source>the manual of the output it is plugged into</source>
        <translation>dans le mode d’emploi de l’appareil sur la sortie duquel il est branché</translation>
    </message>
    <message>
        <source>Nominal impedance</source>
        <translation>Impédance nominale</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Nominal impedance&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Impédance nominale&#xa0;» («&#xa0;Nominal impedance&#xa0;»)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; or &quot;SPL&quot; row (note whether it is per mW or per V)</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Sensibilité&#xa0;» («&#xa0;Sensitivity&#xa0;» ou «&#xa0;SPL&#xa0;»)&#xa0;; vérifiez si elle est exprimée par mW ou par V</translation>
    </message>
    <message>
        <source>Sensitivity reference</source>
        <translation>Référence de la sensibilité</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Sensibilité&#xa0;» («&#xa0;Sensitivity&#xa0;»)</translation>
    </message>
    <message>
        <source>Maximum input power</source>
        <translation>Puissance d’entrée maximale</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Maximum input power&quot; row</source>
        <translation>dans la fiche technique, rubrique «&#xa0;Puissance d’entrée maximale&#xa0;» («&#xa0;Maximum input power&#xa0;»)</translation>
    </message>
    <message>
        <source>Plug</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Active (own amplifier)</source>
        <translation>Actif (ampli intégré)</translation>
    </message>
    <message>
        <source>Input level for the reference SPL</source>
        <translation>Niveau d’entrée pour le SPL de référence</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input sensitivity&quot; row</source>
        <translation>la ligne «&#xa0;Sensibilité d’entrée&#xa0;» de la fiche technique</translation>
    </message>
    <message>
        <source>Reference SPL at 1 m</source>
        <translation>SPL de référence à 1 m</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input sensitivity&quot; row (the SPL it is stated for)</source>
        <translation>la ligne «&#xa0;Sensibilité d’entrée&#xa0;» de la fiche technique (le SPL auquel elle se rapporte)</translation>
    </message>
    <message>
        <source>Balanced input</source>
        <translation>Entrée symétrique</translation>
    </message>
    <message>
        <source>Interface latency (round trip without the buffers)</source>
        <translation>Latence de l’interface (aller-retour sans les tampons)</translation>
    </message>
    <message>
        <source>the maker&apos;s latency table: the round trip minus the computer&apos;s input and output buffers</source>
        <translation>le tableau de latences du fabricant&#xa0;: l’aller-retour moins les tampons d’entrée et de sortie de l’ordinateur</translation>
    </message>
    <message>
        <source>USB audio from the computer</source>
        <translation>Audio USB depuis l’ordinateur</translation>
    </message>
    <message>
        <source>MIDI inputs (5-pin DIN)</source>
        <translation>Entrées MIDI (DIN 5 broches)</translation>
    </message>
    <message>
        <source>MIDI outputs (5-pin DIN)</source>
        <translation>Sorties MIDI (DIN 5 broches)</translation>
    </message>
    <message>
        <source>MIDI thru</source>
        <translation>MIDI thru</translation>
    </message>
    <message>
        <source>USB MIDI</source>
        <translation>MIDI USB</translation>
    </message>
    <message>
        <source>Rated power per channel</source>
        <translation>Puissance nominale par canal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output power&quot; row (continuous, both channels driven)</source>
        <translation>la ligne « Puissance de sortie » de la fiche technique (continue, deux canaux en charge)</translation>
    </message>
    <message>
        <source>Second rated power per channel</source>
        <translation>Seconde puissance nominale par canal</translation>
    </message>
    <message>
        <source>Input level for rated power</source>
        <translation>Niveau d&apos;entrée pour la puissance nominale</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio at rated power</source>
        <translation>Rapport signal/bruit à la puissance nominale</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Signal-to-noise ratio&quot; row</source>
        <translation>la ligne « Rapport signal/bruit » de la fiche technique</translation>
    </message>
    <message>
        <source>Sensitivity at 1 m</source>
        <translation>Sensibilité à 1 m</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row (note whether it is for 1 W or 2.83 V)</source>
        <translation>la ligne « Sensibilité » de la fiche technique (pour 1 W ou 2,83 V ?)</translation>
    </message>
    <message>
        <source>Sensitivity stated for</source>
        <translation>Sensibilité indiquée pour</translation>
    </message>
    <message>
        <source>Power handling (continuous)</source>
        <translation>Puissance admissible (continue)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Power handling&quot; row (continuous, RMS or AES, not peak)</source>
        <translation>la ligne « Puissance admissible » de la fiche technique (continue, RMS ou AES, pas crête)</translation>
    </message>
    <message>
        <source>Aux (monitor) send</source>
        <translation>Départ auxiliaire (retours)</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>a device</source>
        <translation>un appareil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 – %2</translation>
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
        <translation>%1 a besoin d’un ampli casque&#xa0;: il manque %2 dB pour atteindre des crêtes de %3 dB SPL sur %4 (maximum atteint&#xa0;: %5 dB SPL&#xa0;; requis&#xa0;: %6 V, %7 mW)</translation>
    </message>
    <message>
        <source>%1 is %2 dB short of %3 dB SPL peaks even on %4 (it reaches %5 dB SPL; it needs %6 V, %7 mW): choose a more powerful amp</source>
        <translation>Même sur %4, il manque %2 dB à %1 pour atteindre des crêtes de %3 dB SPL (maximum atteint&#xa0;: %5 dB SPL&#xa0;; requis&#xa0;: %6 V, %7 mW)&#xa0;: choisissez un ampli plus puissant</translation>
    </message>
    <message>
        <source>%1 is marginal on %2: %3 dB short of %4 dB SPL peaks (it reaches %5 dB SPL). Enough for compressed music; a headphone amp would leave room to spare</source>
        <translation>Sur %2, %1 est un peu juste&#xa0;: il manque %3 dB pour atteindre des crêtes de %4 dB SPL (maximum atteint&#xa0;: %5 dB SPL). Suffisant pour de la musique compressée&#xa0;; un ampli casque laisserait une bonne marge</translation>
    </message>
    <message>
        <source>%1&apos;s output impedance (%2 Ω) is above 1/8 of %3&apos;s %4 Ω: the level drops %5 dB</source>
        <translation>L’impédance de sortie de %1 (%2 Ω) dépasse 1/8 des %4 Ω de %3&#xa0;: le niveau baisse de %5 dB</translation>
    </message>
    <message>
        <source>%1 and the frequency response varies by %2 dB</source>
        <translation>%1, et la réponse en fréquence varie de %2 dB</translation>
    </message>
    <message>
        <source>%1 and the tone may shift (add the impedance curve to compute by how much)</source>
        <translation>%1, et le timbre peut changer (ajoutez la courbe d’impédance pour calculer dans quelle mesure)</translation>
    </message>
    <message>
        <source>The %1 costs its %2 listeners %3 to %4 dB of level; %5 plays %6 dB louder than %7</source>
        <translation>%1 fait perdre %3 à %4 dB de niveau à ses %2 auditeurs&#xa0;; %5 sonne %6 dB plus fort que %7</translation>
    </message>
    <message>
        <source>%1 reaches its current limit into %2 Ω: current, not voltage, sets its maximum</source>
        <translation>%1 atteint sa limite de courant sur %2 Ω&#xa0;: c’est le courant, et non la tension, qui fixe son maximum</translation>
    </message>
    <message>
        <source>Clipping at %1 by %2 dB</source>
        <translation>Écrêtage de %2 dB sur %1</translation>
    </message>
    <message>
        <source>Not enough preamp gain on %1: it needs %2 dB, the preamp gives at most %3 dB (%4 dB short)</source>
        <translation>Gain de préampli insuffisant sur %1&#xa0;: il faut %2 dB, le préampli fournit au plus %3 dB (il manque %4 dB)</translation>
    </message>
    <message>
        <source>%1. An inline preamp (about +%2 dB) fixes it</source>
        <translation>%1. Un préampli inline (environ +%2 dB) règle le problème</translation>
    </message>
    <message>
        <source>%1, even with the inline preamp: move the mic closer or use a preamp with more gain</source>
        <translation>%1, même avec le préampli inline&#xa0;: rapprochez le micro ou utilisez un préampli offrant plus de gain</translation>
    </message>
    <message>
        <source>%1 records at %2 dBFS on average: raise the gain to about %3 dB</source>
        <translation>%1 enregistre à %2 dBFS en moyenne&#xa0;: montez le gain à environ %3 dB</translation>
    </message>
    <message>
        <source>%1 gets no phantom power: turn on 48 V at the input it plugs into</source>
        <translation>%1 ne reçoit pas d’alimentation fantôme&#xa0;: activez le 48 V sur l’entrée à laquelle il est branché</translation>
    </message>
    <message>
        <source>Phantom power is off for the condenser %1: turn on 48 V at its input (through an inline preamp that does not pass phantom, a condenser stays silent)</source>
        <translation>L’alimentation fantôme est coupée pour le micro statique %1&#xa0;: activez le 48 V sur son entrée (derrière un préampli inline qui ne laisse pas passer l’alimentation fantôme, un micro statique reste muet)</translation>
    </message>
    <message>
        <source>Phantom power is on at the input of the ribbon mic %1: turn it off (on a faulty cable or patch bay it can damage a passive ribbon)</source>
        <translation>L’alimentation fantôme est activée sur l’entrée du micro à ruban %1&#xa0;: coupez-la (avec un câble ou une baie de brassage défectueux, elle peut endommager un micro à ruban passif)</translation>
    </message>
    <message>
        <source>An instrument is plugged into %1 without Hi-Z: switch on Hi-Z/INST, or the input loads the pickup and dulls its treble</source>
        <translation>Un instrument est branché sur %1 sans Hi-Z&#xa0;: activez Hi-Z/INST, sinon l’entrée charge les micros de l’instrument et étouffe les aigus</translation>
    </message>
    <message>
        <source>Double amping: %1 feeds a headphone amp while its line outputs are free; use a line output for a cleaner, quieter signal</source>
        <translation>Double amplification&#xa0;: %1 alimente un ampli casque alors que ses sorties ligne sont libres&#xa0;; utilisez une sortie ligne pour un signal plus propre et moins bruyant</translation>
    </message>
    <message>
        <source>%1 drives a load only %2 times its output impedance (10 times or more is usual): %3 dB lost</source>
        <translation>%1 attaque une charge de seulement %2 fois son impédance de sortie (10 fois ou plus est la norme)&#xa0;: %3 dB perdus</translation>
    </message>
    <message>
        <source>%1 averages %2 dB SPL, over 85 dB(A): safe for about %3 a day</source>
        <translation>%1 atteint %2 dB SPL en moyenne, au-delà de 85 dB(A)&#xa0;: sans risque pendant environ %3 par jour</translation>
    </message>
    <message>
        <source>Audible hiss at %1: %2 dB SPL in quiet passages</source>
        <translation>Souffle audible sur %1&#xa0;: %2 dB SPL dans les passages calmes</translation>
    </message>
    <message>
        <source>Faint hiss at %1: %2 dB SPL, heard only in a very quiet room</source>
        <translation>Léger souffle sur %1&#xa0;: %2 dB SPL, audible seulement dans une pièce très calme</translation>
    </message>
    <message>
        <source>%1 gets %2 mW peaks, above its %3 mW maximum input power</source>
        <translation>%1 reçoit des crêtes de %2 mW, au-delà de sa puissance d’entrée maximale de %3 mW</translation>
    </message>
    <message>
        <source>%1 drives %2 Ω, below its minimum load of %3 Ω</source>
        <translation>%1 attaque %2 Ω, sous sa charge minimale de %3 Ω</translation>
    </message>
    <message>
        <source>%1 into %2 needs an adapter between %3 and %4</source>
        <translation>Brancher %1 sur %2 nécessite un adaptateur entre %3 et %4</translation>
    </message>
    <message>
        <source>about %1 dB too %2</source>
        <translation>niveau trop %2 d’environ %1 dB</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>%1 output from %2 into %3, a %4 input: %5</source>
        <translation>Sortie %1 de %2 vers %3, une entrée %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Invalid connection %1: it must run from an existing output to an existing input, and sound only reaches microphones, USB only USB</source>
        <translation>Connexion non valide %1&#xa0;: elle doit aller d’une sortie existante vers une entrée existante&#xa0;; le son n’atteint que des micros, l’USB que de l’USB</translation>
    </message>
    <message>
        <source>%1 has more than one cable; only the first counts</source>
        <translation>Plus d’un câble est branché sur %1&#xa0;; seul le premier compte</translation>
    </message>
    <message>
        <source>%1 is part of a loop; its signal is not analysed</source>
        <translation>%1 fait partie d’une boucle&#xa0;; son signal n’est pas analysé</translation>
    </message>
    <message>
        <source>%1 is not connected to anything that plays</source>
        <translation>%1 n’est relié à aucune source de lecture</translation>
    </message>
    <message>
        <source>%1 has nothing plugged into its input</source>
        <translation>Rien n’est branché sur l’entrée de %1</translation>
    </message>
    <message>
        <source>Nothing plays to %1: connect a computer&apos;s playback or turn on direct monitoring</source>
        <translation>Aucun signal ne parvient à %1&#xa0;: branchez la lecture d’un ordinateur ou activez l’écoute directe</translation>
    </message>
    <message>
        <source>%1: %2 is unknown, a typical %3 %4 is used; find it in %5</source>
        <translation>%1&#xa0;: valeur de «&#xa0;%2&#xa0;» inconnue, valeur typique utilisée (%3 %4)&#xa0;; où la trouver&#xa0;: %5</translation>
    </message>
    <message>
        <source>sit closer or choose bigger monitors</source>
        <translation>asseyez-vous plus près ou choisissez des moniteurs plus grands</translation>
    </message>
    <message>
        <source>turn their level control up</source>
        <translation>montez leur réglage de niveau</translation>
    </message>
    <message>
        <source>%1 runs out of level first; turn their level control up</source>
        <translation>%1 est à bout en premier&#xa0;; montez leur réglage de niveau</translation>
    </message>
    <message>
        <source>%1 reach %2 dB SPL at %3 m, %4 dB short of %5 dB SPL peaks: %6</source>
        <translation>%1 atteignent %2 dB SPL à %3 m, %4 dB en dessous de crêtes de %5 dB SPL&#xa0;: %6</translation>
    </message>
    <message>
        <source>%1 are driven %2 dB past their maximum SPL: their limiters or drivers distort; turn down</source>
        <translation>%1 sont poussés %2 dB au-delà de leur SPL maximal&#xa0;: leurs limiteurs ou haut-parleurs distordent&#xa0;; baissez le volume</translation>
    </message>
    <message>
        <source>%1 hears the inputs %2 ms late, through the computer (%3 samples at %4 Hz): </source>
        <translation>%1 entend les entrées avec %2 ms de retard, via l’ordinateur (%3 échantillons à %4 Hz)&#xa0;: </translation>
    </message>
    <message>
        <source>turn on direct monitoring, or set a 32-sample buffer (%1 ms)</source>
        <translation>activez l’écoute directe ou réglez un tampon de 32 échantillons (%1 ms)</translation>
    </message>
    <message>
        <source>set a 32-sample buffer (%1 ms)</source>
        <translation>réglez un tampon de 32 échantillons (%1 ms)</translation>
    </message>
    <message>
        <source>The cable from %1 to %2 is unbalanced at one end: keep it short (a few metres) and away from mains cables, or it may hum</source>
        <translation>Le câble de %1 à %2 est asymétrique à un bout&#xa0;: gardez-le court (quelques mètres) et loin des câbles secteur, sinon il peut ronfler</translation>
    </message>
    <message>
        <source>%1: move closer to the microphone, or speak up</source>
        <translation>%1&#xa0;: rapprochez-vous du microphone ou parlez plus fort</translation>
    </message>
    <message>
        <source>The inputs of %1 clip: the peaks are %2 dB over; turn down %3 and their level control up</source>
        <translation>Les entrées de %1 saturent&#xa0;: les crêtes dépassent de %2 dB&#xa0;; baissez %3 et montez leur réglage de niveau</translation>
    </message>
    <message>
        <source>their power rating stops them first; sit closer or choose more sensitive speakers</source>
        <translation>leur puissance admissible les limite d&apos;abord ; asseyez-vous plus près ou choisissez des enceintes plus sensibles</translation>
    </message>
    <message>
        <source>%1 runs out of power first; choose a more powerful amplifier or more sensitive speakers</source>
        <translation>%1 manque de puissance en premier ; choisissez un amplificateur plus puissant ou des enceintes plus sensibles</translation>
    </message>
    <message>
        <source>%1 are driven %2 dB past their power rating: turn %3 down before their voice coils burn</source>
        <translation>%1 reçoivent %2 dB au-delà de leur puissance admissible : baissez %3 avant que leurs bobines ne brûlent</translation>
    </message>
    <message>
        <source>maximum level and output impedance</source>
        <translation>niveau maximal et impédance de sortie</translation>
    </message>
    <message>
        <source>maximum level</source>
        <translation>niveau maximal</translation>
    </message>
    <message>
        <source>output impedance</source>
        <translation>impédance de sortie</translation>
    </message>
    <message>
        <source>%1 dBu</source>
        <translation>%1 dBu</translation>
    </message>
    <message>
        <source>%1 Ω</source>
        <translation>%1&#xa0;Ω</translation>
    </message>
    <message>
        <source>Whether %1 is loud enough on %2 depends on its headphone output&apos;s unknown %3: %4 dB short with typical values, %5 dB to spare if it matches the strongest output of its kind known (%6)</source>
        <translation>Que %1 soit assez fort sur %2 dépend de données inconnues de sa sortie casque (%3)&#xa0;: il manque %4 dB avec des valeurs typiques, %5 dB de marge si elle égale la sortie la plus puissante connue de son type (%6)</translation>
    </message>
    <message>
        <source>%1 stays %2 dB short on %3 even if its headphone output&apos;s unknown %4 matched the strongest output of its kind known (%5)</source>
        <translation>Il manque toujours %2 dB à %1 sur %3, même si les données inconnues de sa sortie casque (%4) égalaient la sortie la plus puissante connue de son type (%5)</translation>
    </message>
</context>
<context>
    <name>FindingTitle</name>
    <message>
        <source>needs a headphone amp</source>
        <translation>besoin d’un amplificateur casque</translation>
    </message>
    <message>
        <source>amp too weak</source>
        <translation>amplificateur trop faible</translation>
    </message>
    <message>
        <source>marginal level</source>
        <translation>niveau juste</translation>
    </message>
    <message>
        <source>output impedance too high</source>
        <translation>impédance de sortie trop élevée</translation>
    </message>
    <message>
        <source>splitter loading</source>
        <translation>charge du répartiteur</translation>
    </message>
    <message>
        <source>current limit</source>
        <translation>limite de courant</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>écrêtage</translation>
    </message>
    <message>
        <source>not enough preamp gain</source>
        <translation>gain de préampli insuffisant</translation>
    </message>
    <message>
        <source>gain too low</source>
        <translation>gain trop faible</translation>
    </message>
    <message>
        <source>phantom power off</source>
        <translation>alimentation fantôme coupée</translation>
    </message>
    <message>
        <source>phantom power on a ribbon</source>
        <translation>alimentation fantôme sur un micro à ruban</translation>
    </message>
    <message>
        <source>instrument not on Hi-Z</source>
        <translation>instrument hors Hi-Z</translation>
    </message>
    <message>
        <source>double amping</source>
        <translation>double amplification</translation>
    </message>
    <message>
        <source>bridging ratio too low</source>
        <translation>rapport de pontage trop faible</translation>
    </message>
    <message>
        <source>loud for long listening</source>
        <translation>trop fort pour une écoute prolongée</translation>
    </message>
    <message>
        <source>audible hiss</source>
        <translation>souffle audible</translation>
    </message>
    <message>
        <source>overpowered headphones</source>
        <translation>casque surchargé</translation>
    </message>
    <message>
        <source>load below the amp&apos;s minimum</source>
        <translation>charge sous le minimum de l’amplificateur</translation>
    </message>
    <message>
        <source>needs an adapter</source>
        <translation>besoin d’un adaptateur</translation>
    </message>
    <message>
        <source>level mismatch</source>
        <translation>niveaux incompatibles</translation>
    </message>
    <message>
        <source>impossible connection</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>two cables into one input</source>
        <translation>deux câbles dans une entrée</translation>
    </message>
    <message>
        <source>signal loop</source>
        <translation>boucle de signal</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>aucun signal</translation>
    </message>
    <message>
        <source>estimated figure</source>
        <translation>valeur estimée</translation>
    </message>
    <message>
        <source>monitors too quiet</source>
        <translation>moniteurs trop faibles</translation>
    </message>
    <message>
        <source>monitors overloaded</source>
        <translation>moniteurs saturés</translation>
    </message>
    <message>
        <source>unbalanced cable</source>
        <translation>câble asymétrique</translation>
    </message>
    <message>
        <source>monitoring latency</source>
        <translation>latence d’écoute</translation>
    </message>
    <message>
        <source>verdict rests on unknown figures</source>
        <translation>verdict fondé sur des données inconnues</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>What would fix it?</source>
        <translation>Qu’est-ce qui corrigerait le problème&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Gear</name>
    <message>
        <source>&quot;%1&quot; is not a filter like impedanceOhm&gt;=250</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un filtre de la forme impedanceOhm&gt;=250</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une caractéristique</translation>
    </message>
</context>
<context>
    <name>GearDatabase</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Headroom understands (%3)</source>
        <translation>%1 utilise la version de schéma %2, plus récente que celle que gère cette version de Headroom (%3)</translation>
    </message>
    <message>
        <source>%1 is not a Headroom gear database: %2</source>
        <translation>%1 n’est pas une base de données de matériel Headroom&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a product with this id or this brand, model and variant exists already</source>
        <translation>%1&#xa0;: un produit avec cet identifiant, ou avec les mêmes marque, modèle et variante, existe déjà</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>aucun produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version de schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Headroom understands (%2)</source>
        <translation>la base de données utilise la version de schéma %1, plus récente que celle que gère cette version de Headroom (%2)</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>échec de la migration vers la version de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is damaged or not a database: %1</source>
        <translation>elle est endommagée ou n’est pas une base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open; nothing was written</source>
        <translation>%1 a été déplacée ou supprimée pendant qu’elle était ouverte&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation>impossible de lancer la migration&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Headroom reads version %3 and could not copy it to read it</source>
        <translation>%1 a la version de schéma %2&#xa0;; ce Headroom lit la version %3 et n’a pas pu en faire une copie pour la lire</translation>
    </message>
</context>
<context>
    <name>GearEditor</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>le formulaire</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not a number</source>
        <translation>Prix&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Level per load: &quot;%1&quot; is not a range; write ohms and volts as in 0-150: 1.25</source>
        <translation>Niveau par charge&#xa0;: «&#xa0;%1&#xa0;» n’est pas une plage&#xa0;; écrivez ohms et volts comme dans 0-150: 1,25</translation>
    </message>
    <message>
        <source>Level per load</source>
        <translation>Niveau par charge</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importée de %1</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Courbe d’impédance</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), %1 to %2, %3 to %4 Ω</source>
        <translation>
            <numerusform>%n point, %1 à %2, %3 à %4&#xa0;Ω</numerusform>
            <numerusform>%n points, %1 à %2, %3 à %4&#xa0;Ω</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GearEditorDialog</name>
    <message>
        <source>Edit your gear</source>
        <translation>Modifier votre matériel</translation>
    </message>
    <message>
        <source>Add your own gear</source>
        <translation>Ajouter votre propre matériel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>e.g. 80 ohm</source>
        <translation>p. ex. 80 ohms</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Source des valeurs</translation>
    </message>
    <message>
        <source>the manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>a measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>an estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Origine des valeurs</translation>
    </message>
    <message>
        <source>Source: the spec sheet&apos;s or measurement&apos;s web address</source>
        <translation>Source&#xa0;: adresse web de la fiche technique ou de la mesure</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Adresse de la source</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>optional, for a shop</source>
        <translation>facultatif, pour un magasin</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Code de devise</translation>
    </message>
    <message>
        <source>Stock note</source>
        <translation>Note de stock</translation>
    </message>
    <message>
        <source>e.g. 2 in the Main Street store</source>
        <translation>p. ex. 2 au magasin de la Grand-Rue</translation>
    </message>
    <message>
        <source>Level per load</source>
        <translation>Niveau par charge</translation>
    </message>
    <message>
        <source>only if the output senses its load, e.g. 0-150: 1.25; 150-1000: 3 (ohms: volts)</source>
        <translation>seulement si la sortie détecte sa charge, p. ex. 0-150: 1,25; 150-1000: 3 (ohms&#xa0;: volts)</translation>
    </message>
    <message>
        <source>Import a measured impedance curve</source>
        <translation>Importer une courbe d’impédance mesurée</translation>
    </message>
    <message>
        <source>Measurement exports: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)</source>
        <translation>Exports de mesure&#xa0;: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Courbe d’impédance</translation>
    </message>
    <message>
        <source>none: the nominal impedance at every frequency</source>
        <translation>aucune&#xa0;: l’impédance nominale à toutes les fréquences</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the impedance curve</source>
        <translation>Retirer la courbe d’impédance</translation>
    </message>
</context>
<context>
    <name>GearLibrary</name>
    <message>
        <source>The gear catalog is not available: %1</source>
        <translation>Le catalogue de matériel n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your gear database could not be read (%1). It was kept as %2 and a new, empty one was started.</source>
        <translation>Impossible de lire la base de données de votre matériel (%1). Elle a été conservée sous le nom %2 et une nouvelle base vide a été créée.</translation>
    </message>
    <message>
        <source>Your gear database is read-only (%1): you can use your gear but not change it.</source>
        <translation>La base de données de votre matériel est en lecture seule (%1)&#xa0;: vous pouvez utiliser votre matériel, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Your own gear is not available: %1</source>
        <translation>Votre propre matériel n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>your gear cannot be changed: its database is not writable</source>
        <translation>impossible de modifier votre matériel&#xa0;: sa base de données n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 exists already (%2)</source>
        <translation>%1 existe déjà (%2)</translation>
    </message>
    <message>
        <source>my copy</source>
        <translation>ma copie</translation>
    </message>
    <message>
        <source>%1, my copy</source>
        <translation>%1, ma copie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your gear (catalog entries are edited as copies)</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de votre matériel (les entrées du catalogue se modifient sous forme de copies)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the catalog, which cannot be changed</source>
        <translation>«&#xa0;%1&#xa0;» fait partie du catalogue, qui ne peut pas être modifié</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by a product in your gear</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par un produit de votre matériel</translation>
    </message>
    <message>
        <source>Your gear database had broken indexes; they were rebuilt from your products, and nothing was lost.</source>
        <translation>La base de données de votre matériel avait des index endommagés&#xa0;; ils ont été reconstruits à partir de vos produits, et rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Your own gear is not available: %1. Its file was left as it is.</source>
        <translation>Votre propre matériel n’est pas disponible&#xa0;: %1. Son fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>aucun produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a pair of headphones: only headphones have an impedance curve</source>
        <translation>%1 n’est pas un casque&#xa0;: seuls les casques ont une courbe d’impédance</translation>
    </message>
</context>
<context>
    <name>GearPicker</name>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Rechercher du matériel&#xa0;: marque, modèle…</translation>
    </message>
    <message>
        <source>No gear matches “%1” and keeps this device&apos;s cables</source>
        <translation>Aucun matériel ne correspond à «&#xa0;%1&#xa0;» tout en conservant les câbles de cet appareil</translation>
    </message>
    <message>
        <source>No product can take this device&apos;s place and keep its cables</source>
        <translation>Aucun produit ne peut remplacer cet appareil en conservant ses câbles</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>%1 devices selected; their settings are shown one at a time.</source>
        <translation>%1 appareils sélectionnés&#xa0;; leurs réglages s’affichent un par un.</translation>
    </message>
    <message>
        <source>Select a device to change its settings.</source>
        <translation>Sélectionnez un appareil pour modifier ses réglages.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Remplacer par…</translation>
    </message>
    <message>
        <source>Replace %1 with another product</source>
        <translation>Remplacer %1 par un autre produit</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Supprimer l’appareil</translation>
    </message>
    <message>
        <source>Replace %1 with…</source>
        <translation>Remplacer %1 par…</translation>
    </message>
    <message>
        <source>Headroom decides: the gain that puts the average at −18 dBFS, or the usual value</source>
        <translation>Headroom décide&#xa0;: le gain qui place la moyenne à −18 dBFS, ou la valeur habituelle</translation>
    </message>
    <message>
        <source>%1: automatic</source>
        <translation>%1&#xa0;: automatique</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>All gear</source>
        <translation>Tout le matériel</translation>
    </message>
    <message>
        <source>%1 dB gain</source>
        <translation>%1 dB de gain</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Rechercher du matériel&#xa0;: marque, modèle…</translation>
    </message>
    <message>
        <source>Search the gear library</source>
        <translation>Rechercher dans la bibliothèque de matériel</translation>
    </message>
    <message>
        <source>Kind of gear</source>
        <translation>Type de matériel</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (le vôtre)</translation>
    </message>
    <message>
        <source>Add to the chain</source>
        <translation>Ajouter à la chaîne</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Modifier une copie…</translation>
    </message>
    <message>
        <source>Delete from your gear</source>
        <translation>Supprimer de votre matériel</translation>
    </message>
    <message>
        <source>Add your own gear…</source>
        <translation>Ajouter votre propre matériel…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Guitare</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>The first %1 are listed: type a name to find the others.</source>
        <translation>Les %1 premiers sont affichés&#xa0;: tapez un nom pour trouver les autres.</translation>
    </message>
    <message>
        <source> (shop)</source>
        <translation> (magasin)</translation>
    </message>
    <message>
        <source>Share with the Shop</source>
        <translation>Partager avec le magasin</translation>
    </message>
    <message>
        <source>Remove from the Shop&apos;s Gear</source>
        <translation>Retirer du matériel du magasin</translation>
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
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Projets Headroom (*.headroom)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Rapport texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Enregistrer d’abord les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Headroom did not close properly last time. Open the work that was not saved?</source>
        <translation>Headroom ne s’est pas fermé correctement la dernière fois. Ouvrir le travail qui n’avait pas été enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Delete your gear</source>
        <translation>Supprimer de votre matériel</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Arrange by Signal Flow</source>
        <translation>Disposer selon le &amp;flux du signal</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Gear &amp;Library</source>
        <translation>&amp;Bibliothèque de matériel</translation>
    </message>
    <message>
        <source>&amp;Inspector and Findings</source>
        <translation>&amp;Inspecteur et constats</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-écoute</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Niveaux en %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemples</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>À &amp;propos de Headroom</translation>
    </message>
    <message>
        <source>Delete %1 from your gear? Projects that use it keep their own copy of its figures.</source>
        <translation>Supprimer %1 de votre matériel&#xa0;? Les projets qui l’utilisent conservent leur propre copie de ses caractéristiques.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Quick Check…</source>
        <translation>Vérification &amp;rapide…</translation>
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
        <translation>Résumé pour un client (*.pdf)</translation>
    </message>
    <message>
        <source>Engineering report (*.pdf)</source>
        <translation>Rapport technique (*.pdf)</translation>
    </message>
    <message>
        <source>Engineering report as a web page (*.html)</source>
        <translation>Rapport technique en page web (*.html)</translation>
    </message>
    <message>
        <source>Export the selected devices as a diagram</source>
        <translation>Exporter les appareils sélectionnés en schéma</translation>
    </message>
    <message>
        <source>Export the chain as a diagram</source>
        <translation>Exporter la chaîne en schéma</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>Exporter le &amp;schéma…</translation>
    </message>
    <message>
        <source>Export &amp;Selection as Diagram…</source>
        <translation>Exporter la sé&amp;lection en schéma…</translation>
    </message>
    <message>
        <source>&amp;Plots…</source>
        <translation>&amp;Courbes…</translation>
    </message>
    <message>
        <source>&amp;Print the Diagram…</source>
        <translation>&amp;Imprimer le schéma…</translation>
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
        <translation>Rien ne joue dans ce casque.</translation>
    </message>
    <message>
        <source>SPL at %1&apos;s ears against the volume setting</source>
        <translation>Niveau sonore aux oreilles de %1 selon le réglage du volume</translation>
    </message>
    <message>
        <source>Volume (dB below full)</source>
        <translation>Volume (dB sous le maximum)</translation>
    </message>
    <message>
        <source>dB SPL</source>
        <translation>dB SPL</translation>
    </message>
    <message>
        <source>peak target %1 dB SPL</source>
        <translation>cible de crête %1 dB SPL</translation>
    </message>
    <message>
        <source>85 dB(A): hearing risk beyond 8 h a day</source>
        <translation>85 dB(A)&#xa0;: risque auditif au-delà de 8 h par jour</translation>
    </message>
    <message>
        <source>clips from here</source>
        <translation>écrête à partir d’ici</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>peaks</source>
        <translation>crêtes</translation>
    </message>
    <message>
        <source>Response change at %1&apos;s ears, and the headphones&apos; impedance</source>
        <translation>Variation de réponse aux oreilles de %1 et impédance du casque</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Fréquence (Hz)</translation>
    </message>
    <message>
        <source>dB vs 1 kHz</source>
        <translation>dB par rapport à 1 kHz</translation>
    </message>
    <message>
        <source>No impedance curve is known for these headphones: the change cannot be computed.</source>
        <translation>Aucune courbe d’impédance n’est connue pour ce casque&#xa0;: la variation ne peut pas être calculée.</translation>
    </message>
    <message>
        <source>Ω</source>
        <translation>Ω</translation>
    </message>
    <message>
        <source>Choose a pair of headphones.</source>
        <translation>Choisissez un casque.</translation>
    </message>
    <message>
        <source>%1: the plot could not be written: %2</source>
        <translation>%1&#xa0;: la courbe n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>choose a file ending in .svg or .png</source>
        <translation>choisissez un fichier se terminant par .svg ou .png</translation>
    </message>
    <message>
        <source>at the ears</source>
        <translation>aux oreilles</translation>
    </message>
    <message>
        <source>Gain structure of %1&apos;s path: each stage re its clip point</source>
        <translation>Structure de gain du trajet de %1&#xa0;: chaque étage par rapport à son point d’écrêtage</translation>
    </message>
    <message>
        <source>dB re the clip point</source>
        <translation>dB par rapport au point d’écrêtage</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>no clip point</source>
        <translation>pas de point d’écrêtage</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>average to peak</source>
        <translation>de la moyenne à la crête</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>crête</translation>
    </message>
    <message>
        <source>clip point, headroom above the peak</source>
        <translation>point d’écrêtage, marge au-dessus de la crête</translation>
    </message>
    <message>
        <source>clips first</source>
        <translation>écrête en premier</translation>
    </message>
    <message>
        <source>noise floor</source>
        <translation>bruit de fond</translation>
    </message>
</context>
<context>
    <name>PlotsWindow</name>
    <message>
        <source>Plots</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Save the plot</source>
        <translation>Enregistrer la courbe</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Casque</translation>
    </message>
    <message>
        <source>SPL against volume</source>
        <translation>Niveau selon le volume</translation>
    </message>
    <message>
        <source>Response and impedance</source>
        <translation>Réponse et impédance</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Gain structure</source>
        <translation>Structure de gain</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Copy the plot</source>
        <translation>Copier la courbe</translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>son</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>capsule</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>line input %1</source>
        <translation>entrée ligne %1</translation>
    </message>
    <message>
        <source>USB playback</source>
        <translation>lecture USB</translation>
    </message>
    <message>
        <source>USB out</source>
        <translation>sortie USB</translation>
    </message>
    <message>
        <source>line outputs %1</source>
        <translation>sorties ligne %1</translation>
    </message>
    <message>
        <source>headphone output %1</source>
        <translation>sortie casque %1</translation>
    </message>
    <message>
        <source>channel %1 input</source>
        <translation>entrée du canal %1</translation>
    </message>
    <message>
        <source>thru</source>
        <translation>thru</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>plug</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>MIDI in %1</source>
        <translation>entrée MIDI %1</translation>
    </message>
    <message>
        <source>MIDI out %1</source>
        <translation>sortie MIDI %1</translation>
    </message>
    <message>
        <source>MIDI thru</source>
        <translation>MIDI thru</translation>
    </message>
    <message>
        <source>USB MIDI</source>
        <translation>MIDI USB</translation>
    </message>
    <message>
        <source>speaker outputs</source>
        <translation>sorties haut-parleur</translation>
    </message>
    <message>
        <source>speaker terminals</source>
        <translation>bornes haut-parleur</translation>
    </message>
    <message>
        <source>aux send</source>
        <translation>départ auxiliaire</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>%1: nothing reaches these headphones</source>
        <translation>%1&#xa0;: rien ne parvient à ce casque</translation>
    </message>
    <message>
        <source>%1 (%2 samples)</source>
        <translation>%1 (%2 échantillons)</translation>
    </message>
    <message>
        <source>%1: %2 dB SPL average (computed %3), hiss %4 dB SPL; %5</source>
        <translation>%1&#xa0;: %2 dB SPL en moyenne (calculé&#xa0;: %3), souffle %4 dB SPL&#xa0;; %5</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>pas d’écrêtage</translation>
    </message>
    <message>
        <source>clips at %1</source>
        <translation>écrête sur %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Add headphones to the chain to hear what they would play</source>
        <translation>Ajoutez un casque à la chaîne pour entendre ce qu’il restituerait</translation>
    </message>
    <message>
        <source>%1 has no headphones to compare with</source>
        <translation>%1 ne contient aucun casque à comparer</translation>
    </message>
    <message>
        <source>The source&apos;s programme</source>
        <translation>Programme de la source</translation>
    </message>
    <message>
        <source>Your own audio file</source>
        <translation>Votre propre fichier audio</translation>
    </message>
    <message>
        <source>Choose an audio file to play through the chain</source>
        <translation>Choisissez un fichier audio à lire à travers la chaîne</translation>
    </message>
    <message>
        <source>There is no audio output on this computer; export the preview to a file instead</source>
        <translation>Cet ordinateur n’a aucune sortie audio&#xa0;; exportez plutôt la pré-écoute dans un fichier</translation>
    </message>
    <message>
        <source>%1 cannot play %2 Hz stereo; export the preview to a file instead</source>
        <translation>%1 ne peut pas lire en stéréo à %2 Hz&#xa0;; exportez plutôt la pré-écoute dans un fichier</translation>
    </message>
    <message>
        <source>Render the preview before exporting it</source>
        <translation>Calculez la pré-écoute avant de l’exporter</translation>
    </message>
    <message>
        <source> — the analysis finds headroom there: it assumes the programme&apos;s typical peaks and adds the peaks of mixed sources in power; these peaks go higher</source>
        <translation> — l’analyse y trouve de la marge&#xa0;: elle suppose les crêtes typiques du programme et additionne en puissance les crêtes des sources mélangées&#xa0;; ces crêtes montent plus haut</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose audio to play through the chain</source>
        <translation>Choisir l’audio à lire à travers la chaîne</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff)</source>
        <translation>Fichiers audio (*.wav *.flac *.ogg *.aif *.aiff)</translation>
    </message>
    <message>
        <source>Choose a saved variant to compare with</source>
        <translation>Choisir une variante enregistrée à comparer</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Projets Headroom (*.headroom)</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Exporter la pré-écoute</translation>
    </message>
    <message>
        <source>WAV, 32-bit float (*.wav)</source>
        <translation>WAV, 32 bits à virgule flottante (*.wav)</translation>
    </message>
    <message>
        <source>FLAC, 24-bit (*.flac)</source>
        <translation>FLAC, 24 bits (*.flac)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-écoute</translation>
    </message>
    <message>
        <source>No headphones in the chain</source>
        <translation>Aucun casque dans la chaîne</translation>
    </message>
    <message>
        <source>Listener to preview</source>
        <translation>Auditeur pour la pré-écoute</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Full scale =</source>
        <translation>Pleine échelle =</translation>
    </message>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>The SPL a full-scale sine plays at</source>
        <translation>SPL d’un sinus à pleine échelle</translation>
    </message>
    <message>
        <source>Set your playback volume so a full-scale sine would play at this SPL; then the preview is as loud as the chain.</source>
        <translation>Réglez votre volume d’écoute pour qu’un sinus à pleine échelle soit restitué à ce SPL&#xa0;; la pré-écoute aura alors le même volume que la chaîne.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>A: this chain</source>
        <translation>A&#xa0;: cette chaîne</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <source>B: none</source>
        <translation>B&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Level-match B</source>
        <translation>Aligner le niveau de B</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No audio output found: render and export to a file to listen elsewhere.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: calculez le rendu et exportez-le dans un fichier pour l’écouter ailleurs.</translation>
    </message>
    <message>
        <source>A saved project…</source>
        <translation>Un projet enregistré…</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>&quot;%1&quot; is not an id of lowercase letters, digits and hyphens</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant composé de lettres minuscules, de chiffres et de traits d’union</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>has no source</source>
        <translation>n’a pas de source</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>la source «&#xa0;%1&#xa0;» n’est pas une adresse web</translation>
    </message>
    <message>
        <source>a rated power needs its load, and a load its power</source>
        <translation>une puissance nominale nécessite sa charge, et une charge sa puissance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 too</source>
        <translation>«&#xa0;%1&#xa0;» est aussi utilisé par %2</translation>
    </message>
    <message>
        <source>the same brand, model and variant as %1</source>
        <translation>mêmes marque, modèle et variante que %1</translation>
    </message>
    <message>
        <source>provenance &quot;%1&quot; is not manufacturer, measurement or estimate</source>
        <translation>la provenance «&#xa0;%1&#xa0;» n’est ni manufacturer, ni measurement, ni estimate</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a product object</source>
        <translation>objet produit attendu</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>valeur vide</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>l’en-tête n’a pas de colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2</source>
        <translation>%1 cellules alors que l’en-tête en compte %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the catalog carries no prices or stock notes; add them to your own gear</source>
        <translation>le catalogue ne contient ni prix ni notes de stock&#xa0;; ajoutez-les à votre propre matériel</translation>
    </message>
    <message>
        <source>%1 is not a price</source>
        <translation>%1 n’est pas un prix</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter code such as EUR or USD</source>
        <translation>la devise «&#xa0;%1&#xa0;» n’est pas un code de trois lettres comme EUR ou USD</translation>
    </message>
    <message>
        <source>needs an amount and a currency: {&quot;amount&quot;: 249, &quot;currency&quot;: &quot;EUR&quot;}</source>
        <translation>nécessite un montant et une devise&#xa0;: {&quot;amount&quot;: 249, &quot;currency&quot;: &quot;EUR&quot;}</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is an IP address; cite the maker&apos;s or publisher&apos;s own web address</source>
        <translation>la source «&#xa0;%1&#xa0;» est une adresse IP&#xa0;; citez l’adresse web du fabricant ou de l’éditeur</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Pink noise</source>
        <translation>Bruit rose</translation>
    </message>
    <message>
        <source>1 kHz tone</source>
        <translation>Tonalité à 1 kHz</translation>
    </message>
    <message>
        <source>Sweep 20 Hz–20 kHz</source>
        <translation>Balayage sinus 20 Hz–20 kHz</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Choose where to save the project first</source>
        <translation>Choisissez d’abord où enregistrer le projet</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1&#xa0;: le rapport n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; in the gear library</source>
        <translation>Aucun produit «&#xa0;%1&#xa0;» dans la bibliothèque de matériel</translation>
    </message>
    <message>
        <source>Unknown kind of device &quot;%1&quot;</source>
        <translation>Type d’appareil «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>about %1 dB too low for this input</source>
        <translation>niveau trop faible d’environ %1 dB pour cette entrée</translation>
    </message>
    <message>
        <source>about %1 dB too hot for this input</source>
        <translation>niveau trop élevé d’environ %1 dB pour cette entrée</translation>
    </message>
    <message>
        <source>adapter %1 → %2</source>
        <translation>adaptateur %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unknown — a typical value is used</source>
        <translation>inconnu — une valeur typique est utilisée</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>A variant needs a name</source>
        <translation>Une variante a besoin d’un nom</translation>
    </message>
    <message>
        <source>Another variant is called &quot;%1&quot;</source>
        <translation>Une autre variante s’appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 erreurs, %2 avertissements</translation>
    </message>
    <message>
        <source>The shop&apos;s server is out of reach: %1. Save the project to a file for now.</source>
        <translation>Le serveur du magasin est injoignable&#xa0;: %1. Enregistrez le projet dans un fichier pour l’instant.</translation>
    </message>
    <message>
        <source>No shop server is set up: see Settings, Shared gear and projects.</source>
        <translation>Aucun serveur de magasin n’est configuré&#xa0;: voir Paramètres, Matériel et projets partagés.</translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <extracomment>%1 login, %2 date and time</extracomment>
        <translation>enregistré par %1, %2</translation>
    </message>
    <message>
        <source>Choose what plays the sound first</source>
        <translation>Choisissez d’abord ce qui joue le son</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>is not a figure of a device of kind &quot;%1&quot;</source>
        <translation>n’est pas une caractéristique d’un appareil de type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected [hertz, ohms] or [hertz, ohms, phase in degrees]</source>
        <translation>[hertz, ohms] ou [hertz, ohms, phase en degrés] attendu</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; has no port &quot;%2&quot;</source>
        <translation>l’appareil «&#xa0;%1&#xa0;» n’a pas de prise «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>expected &quot;device.port&quot;</source>
        <translation>«&#xa0;device.port&#xa0;» attendu</translation>
    </message>
    <message>
        <source>no device &quot;%1&quot;</source>
        <translation>aucun appareil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an input, a cable starts at an output</source>
        <translation>«&#xa0;%1&#xa0;» est une entrée&#xa0;; un câble part d’une sortie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an output, a cable ends at an input</source>
        <translation>«&#xa0;%1&#xa0;» est une sortie&#xa0;; un câble arrive sur une entrée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Headroom project</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un projet Headroom</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>version de format %1 inconnue</translation>
    </message>
    <message>
        <source>the file was saved by a newer Headroom (format version %1); this version reads format %2 and older: please update Headroom</source>
        <translation>le fichier a été enregistré par une version plus récente de Headroom (version de format %1)&#xa0;; cette version lit le format %2 et les précédents&#xa0;: veuillez mettre à jour Headroom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, - and _</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, - et _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another device</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par un autre appareil</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1&#xa0;: JSON non valide (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: $: expected a JSON object</source>
        <translation>%1&#xa0;: $&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: saving failed, the previous file is unchanged: %2</source>
        <translation>%1&#xa0;: échec de l’enregistrement, le fichier précédent est inchangé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is outside %2…%3 %4</source>
        <translation>%1 est hors de %2…%3 %4</translation>
    </message>
    <message>
        <source>needs at least one variant</source>
        <translation>nécessite au moins une variante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another variant</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par une autre variante</translation>
    </message>
    <message>
        <source>no variant is named &quot;%1&quot;</source>
        <translation>aucune variante ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>expected [from ohms, to ohms, volts]</source>
        <translation>[de ohms, à ohms, volts] attendu</translation>
    </message>
    <message>
        <source>expected speech, music, pink-noise, tone or sweep</source>
        <translation>speech, music, pink-noise, tone ou sweep attendu</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
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
            <numerusform>%n casque</numerusform>
            <numerusform>%n casques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listeners</source>
        <translation>
            <numerusform>%n auditeur</numerusform>
            <numerusform>%n auditeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>DAW playback</source>
        <translation>Lecture de la STAN</translation>
    </message>
    <message>
        <source>%1 is a headphone amp: choose what feeds it (an interface, computer or phone) as the source, and the amp as the amp</source>
        <translation>%1 est un amplificateur casque&#xa0;: choisissez comme source ce qui l’alimente (une interface, un ordinateur ou un téléphone), et l’amplificateur comme amplificateur</translation>
    </message>
    <message>
        <source>%1 does not play into headphones: start from an audio interface, a mixer, a USB microphone, a computer or a phone</source>
        <translation>%1 ne joue pas dans un casque&#xa0;: partez d’une interface audio, d’une table de mixage, d’un micro USB, d’un ordinateur ou d’un téléphone</translation>
    </message>
    <message>
        <source>Choose at least one pair of headphones or monitors</source>
        <translation>Choisissez au moins un casque ou une paire de moniteurs</translation>
    </message>
    <message>
        <source>%1 is neither headphones nor studio monitors</source>
        <translation>%1 n’est ni un casque ni des moniteurs de studio</translation>
    </message>
    <message>
        <source>%1 is not a microphone</source>
        <translation>%1 n’est pas un micro</translation>
    </message>
    <message>
        <source>%1 has no microphone input: a microphone needs an audio interface or a mixer</source>
        <translation>%1 n’a pas d’entrée micro&#xa0;: un micro a besoin d’une interface audio ou d’une table de mixage</translation>
    </message>
    <message>
        <source>%1 has no free output for %2</source>
        <translation>%1 n’a plus de sortie libre pour %2</translation>
    </message>
    <message>
        <source>%1 has no headphone output: add a headphone amp</source>
        <translation>%1 n’a pas de sortie casque&#xa0;: ajoutez un amplificateur casque</translation>
    </message>
    <message>
        <source>%1 has no analogue output to feed the amp</source>
        <translation>%1 n’a pas de sortie analogique pour alimenter l’amplificateur</translation>
    </message>
    <message>
        <source>No splitter in the catalog has %1 outputs: use a distribution amp</source>
        <translation>Aucun répartiteur du catalogue n’a %1 sorties&#xa0;: utilisez un amplificateur de distribution</translation>
    </message>
    <message>
        <source>Listener %1</source>
        <translation>Auditeur %1</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>%1 is neither a headphone amp nor a power amplifier</source>
        <translation>%1 n&apos;est ni un amplificateur casque ni un amplificateur de puissance</translation>
    </message>
    <message>
        <source>%1 are passive speakers: choose the power amplifier that drives them as the amp</source>
        <translation>%1 sont des enceintes passives : choisissez comme amplificateur celui qui les alimente</translation>
    </message>
    <message>
        <source>%1 drives one pair of passive speakers: choose one pair</source>
        <translation>%1 alimente une paire d&apos;enceintes passives : choisissez une paire</translation>
    </message>
</context>
<context>
    <name>QuickCheckDialog</name>
    <message>
        <source>1. What plays the sound?</source>
        <translation>1. Qu’est-ce qui joue le son&#xa0;?</translation>
    </message>
    <message>
        <source>4. A microphone?</source>
        <translation>4. Un micro&#xa0;?</translation>
    </message>
    <message>
        <source>Quick check: what do you have?</source>
        <translation>Vérification rapide&#xa0;: qu’avez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Audio interface</source>
        <translation>Interface audio</translation>
    </message>
    <message>
        <source>Computer or phone</source>
        <translation>Ordinateur ou téléphone</translation>
    </message>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Chercher du matériel&#xa0;: marque, modèle…</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Rien de choisi pour l’instant</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your audio interface, mixer or USB microphone, or the headphone jack of your computer or phone.</source>
        <translation>Votre interface audio, table de mixage ou micro USB, ou la prise casque de votre ordinateur ou téléphone.</translation>
    </message>
    <message>
        <source>Only if you record or talk: it goes into the first input.</source>
        <translation>Seulement si vous enregistrez ou parlez&#xa0;: il va sur la première entrée.</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>Table de mixage</translation>
    </message>
    <message>
        <source>USB microphone</source>
        <translation>Microphone USB</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Casque</translation>
    </message>
    <message>
        <source>Studio monitors</source>
        <translation>Moniteurs de studio</translation>
    </message>
    <message>
        <source>2. An amplifier?</source>
        <translation>2. Un amplificateur ?</translation>
    </message>
    <message>
        <source>3. Your headphones, monitors or speakers</source>
        <translation>3. Vos casques, moniteurs ou enceintes</translation>
    </message>
    <message>
        <source>Only if you have one: a headphone amp, or the power amplifier of passive speakers. It is fed from the line outputs.</source>
        <translation>Seulement si vous en avez un : un amplificateur casque, ou l&apos;amplificateur de puissance d&apos;enceintes passives. Il est alimenté par les sorties ligne.</translation>
    </message>
    <message>
        <source>Click each pair that will be listening; click a pair twice for two of the same. Monitors take the line outputs, passive speakers the power amplifier.</source>
        <translation>Cliquez chaque paire qui écoutera ; deux fois pour deux identiques. Les moniteurs vont sur les sorties ligne, les enceintes passives sur l&apos;amplificateur de puissance.</translation>
    </message>
    <message>
        <source>Headphone amp</source>
        <translation>Ampli casque</translation>
    </message>
    <message>
        <source>Power amplifier</source>
        <translation>Amplificateur de puissance</translation>
    </message>
    <message>
        <source>Passive speakers</source>
        <translation>Enceintes passives</translation>
    </message>
</context>
<context>
    <name>RenameVariantDialog</name>
    <message>
        <source>Rename variant</source>
        <translation>Renommer la variante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: unsupported audio format &quot;%2&quot; (use WAV, FLAC, OGG or AIFF)</source>
        <translation>%1&#xa0;: format audio «&#xa0;%2&#xa0;» non pris en charge (utilisez WAV, FLAC, OGG ou AIFF)</translation>
    </message>
    <message>
        <source>%1: not a readable audio file (%2)</source>
        <translation>%1&#xa0;: fichier audio illisible (%2)</translation>
    </message>
    <message>
        <source>%1: unusable audio format (%2 channels at %3 Hz)</source>
        <translation>%1&#xa0;: format audio inutilisable (%2 canaux à %3 Hz)</translation>
    </message>
    <message>
        <source>%1: damaged audio file (%2)</source>
        <translation>%1&#xa0;: fichier audio endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: the file holds no audio</source>
        <translation>%1&#xa0;: le fichier ne contient pas d’audio</translation>
    </message>
    <message>
        <source>%1: unsupported output format &quot;%2&quot; (use .wav or .flac)</source>
        <translation>%1&#xa0;: format de sortie «&#xa0;%2&#xa0;» non pris en charge (utilisez .wav ou .flac)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: frame %2 holds a sample that is not a number (NaN or infinite); the file is damaged or was not written as audio</source>
        <translation>%1&#xa0;: la trame %2 contient un échantillon qui n’est pas un nombre (NaN ou infini)&#xa0;; le fichier est endommagé ou n’a pas été écrit comme de l’audio</translation>
    </message>
    <message>
        <source>%1 is truncated: its header promises more audio than the file holds; the preview plays the %2 s that are there</source>
        <translation>%1 est tronqué&#xa0;: son en-tête annonce plus d’audio que le fichier n’en contient&#xa0;; la pré-écoute joue les %2 s présentes</translation>
    </message>
    <message>
        <source>%1: cannot write (%2), the previous file is unchanged</source>
        <translation>%1&#xa0;: écriture impossible (%2), le fichier précédent est inchangé</translation>
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
        <translation> (estimation&#xa0;: certaines valeurs sont des valeurs typiques)</translation>
    </message>
    <message>
        <source>%1: not connected to anything that plays</source>
        <translation>%1&#xa0;: n’est relié à aucune source de lecture</translation>
    </message>
    <message>
        <source>%1: OK — up to %2 dB SPL, %3 dB above the %4 dB SPL peak target%5</source>
        <translation>%1&#xa0;: OK — jusqu’à %2 dB SPL, %3 dB au-dessus de la crête cible de %4 dB SPL%5</translation>
    </message>
    <message>
        <source>%1: marginal — up to %2 dB SPL, %3 dB short of the %4 dB SPL peak target%5</source>
        <translation>%1&#xa0;: un peu juste — jusqu’à %2 dB SPL, %3 dB sous la crête cible de %4 dB SPL%5</translation>
    </message>
    <message>
        <source>%1: %2 — up to %3 dB SPL, %4 dB short of the %5 dB SPL peak target (needs %6 V, %7 mW)%8</source>
        <translation>%1&#xa0;: %2 — jusqu’à %3 dB SPL, %4 dB sous la crête cible de %5 dB SPL (requis&#xa0;: %6 V, %7 mW)%8</translation>
    </message>
    <message>
        <source>needs a more powerful amp</source>
        <translation>nécessite un ampli plus puissant</translation>
    </message>
    <message>
        <source>needs a headphone amp</source>
        <translation>nécessite un ampli casque</translation>
    </message>
    <message>
        <source>Headroom analysis</source>
        <translation>Analyse Headroom</translation>
    </message>
    <message>
        <source>Headroom analysis: %1</source>
        <translation>Analyse Headroom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>  (no headphones in this chain)</source>
        <translation>  (aucun casque dans cette chaîne)</translation>
    </message>
    <message>
        <source>      sensitivity %1 dB SPL/V at %2 Ω; source %3 Ω, damping factor %4; hiss %5 dB SPL</source>
        <translation>      sensibilité %1 dB SPL/V sous %2 Ω&#xa0;; source %3 Ω, facteur d’amortissement %4&#xa0;; souffle %5 dB SPL</translation>
    </message>
    <message>
        <source>; response %1…%2 dB (20 Hz–20 kHz)</source>
        <translation>&#xa0;; réponse %1…%2 dB (20 Hz–20 kHz)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>Levels per stage (RMS; headroom from the programme&apos;s peaks to each stage&apos;s clip point)</source>
        <translation>Niveaux par étage (RMS&#xa0;; marge entre les crêtes du programme et le point d’écrêtage de chaque étage)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <source>Load Ω</source>
        <translation>Charge Ω</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
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
        <translation>~ signale les valeurs qui reposent sur des valeurs typiques, faute de caractéristiques connues.</translation>
    </message>
    <message>
        <source>Parts list</source>
        <translation>Liste du matériel</translation>
    </message>
    <message>
        <source>  (no products)</source>
        <translation>  (aucun produit)</translation>
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
        <translation>limite</translation>
    </message>
    <message>
        <source>needs an amp</source>
        <translation>a besoin d’un ampli</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1&#xa0;: le rapport n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loud enough, with %1 dB to spare.</source>
        <translation>Assez fort, avec %1 dB de marge.</translation>
    </message>
    <message>
        <source>Only just loud enough: %1 dB short for loud peaks. Fine for compressed music; a headphone amp would leave room to spare.</source>
        <translation>Tout juste assez fort&#xa0;: il manque %1 dB pour les crêtes fortes. Convient à la musique compressée&#xa0;; un ampli casque laisserait de la marge.</translation>
    </message>
    <message>
        <source>Too quiet: %1 dB short. These headphones need a headphone amp (or a stronger one).</source>
        <translation>Trop faible&#xa0;: il manque %1 dB. Ce casque a besoin d’un ampli casque (ou d’un plus puissant).</translation>
    </message>
    <message>
        <source>Not connected to anything that plays.</source>
        <translation>Relié à rien qui joue.</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Signal chain</source>
        <translation>Chaîne du signal</translation>
    </message>
    <message>
        <source>Drawn by Headroom</source>
        <translation>Dessiné par Headroom</translation>
    </message>
    <message>
        <source>%1: the diagram could not be written: %2</source>
        <translation>%1&#xa0;: le schéma n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>choose a file ending in .svg, .png or .pdf</source>
        <translation>choisissez un fichier se terminant par .svg, .png ou .pdf</translation>
    </message>
    <message>
        <source>the scale must lie between 0 and 8</source>
        <translation>l’échelle doit être comprise entre 0 et 8</translation>
    </message>
    <message>
        <source>Figures from:</source>
        <translation>Valeurs tirées de&#xa0;:</translation>
    </message>
    <message>
        <source>Will each listener hear it loud enough?</source>
        <translation>Chaque auditeur l’entendra-t-il assez fort&#xa0;?</translation>
    </message>
    <message>
        <source>There are no headphones in this chain.</source>
        <translation>Il n’y a pas de casque dans cette chaîne.</translation>
    </message>
    <message>
        <source>Your signal chain</source>
        <translation>Votre chaîne du signal</translation>
    </message>
    <message>
        <source>Summary, %1</source>
        <translation>Résumé, %1</translation>
    </message>
    <message>
        <source>Engineering report, %1</source>
        <translation>Rapport technique, %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message>
        <source>The signal chain, with the level on each cable</source>
        <translation>La chaîne du signal, avec le niveau sur chaque câble</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Ce qui corrigerait le problème</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Liste des câbles</translation>
    </message>
    <message>
        <source>%1 → %2: %3 plug into %4 socket, %5, %6</source>
        <translation>%1 → %2&#xa0;: fiche %3 dans prise %4, %5, %6</translation>
    </message>
    <message>
        <source>; needs an adapter %1</source>
        <translation>&#xa0;; il faut un adaptateur %1</translation>
    </message>
    <message>
        <source>Levels per stage</source>
        <translation>Niveaux par étage</translation>
    </message>
    <message>
        <source>Figures marked as estimates rest on typical values where a product&apos;s own are not published. Made with Headroom.</source>
        <translation>Les valeurs marquées comme estimations reposent sur des valeurs typiques quand un produit ne publie pas les siennes. Fait avec Headroom.</translation>
    </message>
    <message>
        <source>choose a file ending in .pdf or .html</source>
        <translation>choisissez un fichier se terminant par .pdf ou .html</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print the diagram</source>
        <translation>Imprimer le schéma</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>trop faible</translation>
    </message>
    <message>
        <source>%1: too quiet — up to %2 dB SPL at %3 m, %4 dB short of the %5 dB SPL peak target%6</source>
        <translation>%1&#xa0;: trop faible — jusqu’à %2 dB SPL à %3 m, %4 dB en dessous de l’objectif de crête de %5 dB SPL%6</translation>
    </message>
    <message>
        <source>Only just loud enough: %1 dB short for loud peaks at the listening distance.</source>
        <translation>Tout juste assez fort&#xa0;: il manque %1 dB pour les crêtes fortes à la distance d’écoute.</translation>
    </message>
    <message>
        <source>Too quiet: %1 dB short at the listening distance. Sit closer, or choose louder monitors.</source>
        <translation>Trop faible&#xa0;: il manque %1 dB à la distance d’écoute. Asseyez-vous plus près ou choisissez des moniteurs plus puissants.</translation>
    </message>
    <message>
        <source>the volume (%1 dB) is set for the target</source>
        <translation>le volume (%1 dB) est réglé pour l&apos;objectif</translation>
    </message>
    <message>
        <source>the target is out of reach: at this volume (%1 dB) the peaks already reach the most it gives, %2 dB SPL</source>
        <translation>l&apos;objectif est hors d&apos;atteinte : à ce volume (%1 dB), les crêtes atteignent déjà le maximum possible, %2 dB SPL</translation>
    </message>
    <message>
        <source>for the target set the volume to %1 dB</source>
        <translation>pour l&apos;objectif, réglez le volume sur %1 dB</translation>
    </message>
    <message>
        <source>the target is out of reach: at %1 dB of volume the peaks reach the most it gives, %2 dB SPL</source>
        <translation>l&apos;objectif est hors d&apos;atteinte : à %1 dB de volume, les crêtes atteignent le maximum possible, %2 dB SPL</translation>
    </message>
    <message>
        <source>the target is %1 dB beyond this volume control: raise the level earlier in the chain</source>
        <translation>l&apos;objectif est %1 dB au-delà de ce réglage de volume : montez le niveau plus tôt dans la chaîne</translation>
    </message>
    <message>
        <source>the target is out of reach, and the most it gives (%1 dB SPL) is %2 dB beyond this volume control: raise the level earlier in the chain</source>
        <translation>l&apos;objectif est hors d&apos;atteinte, et le maximum possible (%1 dB SPL) est %2 dB au-delà de ce réglage de volume : montez le niveau plus tôt dans la chaîne</translation>
    </message>
    <message>
        <source>      now: %1 dB SPL average, %2 dB SPL peaks; %3</source>
        <translation>      actuellement : %1 dB SPL en moyenne, %2 dB SPL en crête ; %3</translation>
    </message>
    <message>
        <source>; response flat within 0.1 dB (20 Hz–20 kHz)</source>
        <translation>&#xa0;; réponse plate à 0,1&#xa0;dB près (20 Hz–20 kHz)</translation>
    </message>
    <message>
        <source>Unsure: %1 dB short if the output is as weak as a typical one, %2 dB to spare if it is as strong as the strongest of its kind known. Its headphone output&apos;s maximum level, from the manual, decides.</source>
        <translation>Incertain&#xa0;: il manque %1 dB si la sortie est aussi faible qu’une sortie typique, %2 dB de marge si elle est aussi puissante que la plus puissante connue de son type. Le niveau maximal de sa sortie casque, d’après le manuel, tranche.</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
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
        <translation>Écoute directe</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Distance to the mic</source>
        <translation>Distance au micro</translation>
    </message>
    <message>
        <source>Programme level</source>
        <translation>Niveau du programme</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Peak target</source>
        <translation>Crête cible</translation>
    </message>
    <message>
        <source>Level measured at</source>
        <translation>Niveau mesuré à</translation>
    </message>
    <message>
        <source>Playing level</source>
        <translation>Niveau de jeu</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Facteur de crête</translation>
    </message>
    <message>
        <source>Monitor the inputs through the computer</source>
        <translation>Écouter les entrées via l’ordinateur</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Taille du tampon</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Fréquence d’échantillonnage</translation>
    </message>
    <message>
        <source>Listening distance</source>
        <translation>Distance d’écoute</translation>
    </message>
    <message>
        <source>Room allowance</source>
        <translation>Apport de la pièce</translation>
    </message>
    <message>
        <source>Both speakers play</source>
        <translation>Les deux enceintes jouent</translation>
    </message>
    <message>
        <source>Level control</source>
        <translation>Réglage de niveau</translation>
    </message>
    <message>
        <source>Fader</source>
        <translation>Fader</translation>
    </message>
    <message>
        <source>Aux send</source>
        <translation>Départ auxiliaire</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Shop name on reports</source>
        <translation>Nom du magasin sur les rapports</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Laisser vide pour aucun</translation>
    </message>
    <message>
        <source>Shared gear and projects</source>
        <translation>Matériel et projets partagés</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>Serveur du magasin</translation>
    </message>
    <message>
        <source>postgresql://staff@shop.example/headroom</source>
        <extracomment>an example of the address; keep its form, postgresql://user@host/database</extracomment>
        <translation>postgresql://personnel@magasin.example/headroom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass, or none</source>
        <translation>Vide&#xa0;: depuis ~/.pgpass, ou aucun</translation>
    </message>
    <message>
        <source>Remember the password in the system&apos;s keyring</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Forget This Server</source>
        <translation>Oublier ce serveur</translation>
    </message>
</context>
<context>
    <name>SharedLink</name>
    <message>
        <source>the local copy of the shop&apos;s gear (%1) cannot be read: %2</source>
        <translation>la copie locale du matériel du magasin (%1) est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a copy this Headroom writes</source>
        <translation>ce n’est pas une copie écrite par ce Headroom</translation>
    </message>
    <message>
        <source>%1 has no revision</source>
        <translation>%1 n’a pas de révision</translation>
    </message>
    <message>
        <source>cannot keep a local copy of the shop&apos;s gear in %1: %2</source>
        <translation>impossible de garder une copie locale du matériel du magasin dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2: %n shared product(s)</source>
        <extracomment>%1 the server&apos;s address, %2 the login, %n how many products the shop shares</extracomment>
        <translation>
            <numerusform>Connecté à %1 en tant que %2&#xa0;: %n produit partagé</numerusform>
            <numerusform>Connecté à %1 en tant que %2&#xa0;: %n produits partagés</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, without the shop&apos;s gear: %1</source>
        <extracomment>%1 why the server could not be used</extracomment>
        <translation>Hors ligne, sans le matériel du magasin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working offline with the shop&apos;s gear as fetched %2: %1</source>
        <extracomment>%1 why the server could not be used, %2 when the copy was fetched</extracomment>
        <translation>Hors ligne avec le matériel du magasin tel que récupéré le %2&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SharedProjectsDialog</name>
    <message>
        <source>Open from the shop&apos;s server</source>
        <translation>Ouvrir depuis le serveur du magasin</translation>
    </message>
    <message>
        <source>The shop has no shared projects yet.</source>
        <translation>Le magasin n’a pas encore de projets partagés.</translation>
    </message>
</context>
<context>
    <name>SharedServer</name>
    <message>
        <source>no product on the server has the id %1</source>
        <translation>aucun produit du serveur n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>the server lets this login read only: %1</source>
        <translation>le serveur ne permet que la lecture à cet identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: write postgresql://user@host:port/database</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#xa0;: écrivez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>the address holds a password; give it when asked, or in ~/.pgpass, never in the address</source>
        <translation>l’adresse contient un mot de passe&#xa0;; donnez-le quand il est demandé, ou dans ~/.pgpass, jamais dans l’adresse</translation>
    </message>
    <message>
        <source>the address names no host: %1</source>
        <translation>l’adresse n’indique aucun hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the address names no user: %1</source>
        <translation>l’adresse n’indique aucun utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the address names no database: %1</source>
        <translation>l’adresse n’indique aucune base&#xa0;: %1</translation>
    </message>
    <message>
        <source>the address has options Headroom does not take: %1</source>
        <translation>l’adresse a des options que Headroom n’accepte pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>impossible de lire la version du schéma de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Headroom understands (%3)</source>
        <translation>%1 utilise la version de schéma %2, plus récente que celle que gère cette version de Headroom (%3)</translation>
    </message>
    <message>
        <source>%1 has schema version %2; run &apos;headroom-cli server migrate&apos; to bring it to %3</source>
        <translation>%1 a la version de schéma %2&#xa0;; lancez «&#xa0;headroom-cli server migrate&#xa0;» pour passer à la %3</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version de schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server has schema version %1, newer than this Headroom understands (%2)</source>
        <translation>le serveur a la version de schéma %1, plus récente que ce que comprend ce Headroom (%2)</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>échec de la migration vers la version de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no project on the server has the id %1</source>
        <translation>aucun projet du serveur n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>the project was deleted from the server since it was opened</source>
        <translation>le projet a été supprimé du serveur depuis son ouverture</translation>
    </message>
    <message>
        <source>%1 saved this project at %2, after you opened it</source>
        <translation>%1 a enregistré ce projet le %2, après que vous l’avez ouvert</translation>
    </message>
</context>
<context>
    <name>ShopDialogs</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Save to the shop&apos;s server as a copy</source>
        <translation>Enregistrer comme copie sur le serveur du magasin</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nom sur le serveur</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1.
Nothing was saved. Open their version (your changes here are dropped), or save yours as a copy beside it?</source>
        <translation>%1.
Rien n’a été enregistré. Ouvrir leur version (vos modifications ici sont perdues) ou enregistrer la vôtre comme copie à côté&#xa0;?</translation>
    </message>
    <message>
        <source>Open Theirs</source>
        <translation>Ouvrir la leur</translation>
    </message>
    <message>
        <source>Save Mine as a Copy…</source>
        <translation>Enregistrer la mienne comme copie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ShopMenu</name>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <source>&amp;Open from the Shop&apos;s Server…</source>
        <translation>&amp;Ouvrir depuis le serveur du magasin…</translation>
    </message>
    <message>
        <source>&amp;Save to the Shop&apos;s Server</source>
        <translation>&amp;Enregistrer sur le serveur du magasin</translation>
    </message>
    <message>
        <source>Save to the Shop&apos;s Server as a &amp;Copy…</source>
        <translation>Enregistrer sur le serveur du magasin comme &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Reload from the Shop&apos;s Server</source>
        <translation>&amp;Recharger depuis le serveur du magasin</translation>
    </message>
    <message>
        <source>Fetch the Shop&apos;s &amp;Gear Again</source>
        <translation>Récupérer à nouveau le &amp;matériel du magasin</translation>
    </message>
    <message>
        <source>&amp;Connect Again</source>
        <translation>Se reconnec&amp;ter</translation>
    </message>
    <message>
        <source>Shop Server &amp;Settings…</source>
        <translation>&amp;Paramètres du serveur du magasin…</translation>
    </message>
</context>
<context>
    <name>ShopServer</name>
    <message>
        <source>%1 (the password is kept until Headroom closes: %2)</source>
        <extracomment>%1 the status line, %2 why the secret store could not keep the password</extracomment>
        <translation>%1 (le mot de passe est gardé jusqu’à la fermeture de Headroom&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (the remembered password could not be read: %2)</source>
        <extracomment>%1 the status line, %2 why the remembered password could not be read</extracomment>
        <translation>%1 (le mot de passe retenu n’a pas pu être lu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Not connected to the shop&apos;s server</source>
        <translation>Pas connecté au serveur du magasin</translation>
    </message>
    <message>
        <source>No product has the id %1</source>
        <translation>Aucun produit n’a l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>drag on empty canvas, Ctrl/Shift+click</source>
        <translation>glisser sur une zone vide, Ctrl/Shift+clic</translation>
    </message>
    <message>
        <source>select several devices</source>
        <translation>sélectionner plusieurs appareils</translation>
    </message>
    <message>
        <source>Ctrl+A, Esc</source>
        <translation>Ctrl+A, Esc</translation>
    </message>
    <message>
        <source>select all, select none</source>
        <translation>tout sélectionner, tout désélectionner</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>next or previous device, left to right</source>
        <translation>appareil suivant ou précédent, de gauche à droite</translation>
    </message>
    <message>
        <source>arrows, Shift+arrows</source>
        <translation>flèches, Shift+flèches</translation>
    </message>
    <message>
        <source>nudge the selection by one grid step or five</source>
        <translation>déplacer la sélection d’un pas de grille ou de cinq</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete</source>
        <translation>Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete</translation>
    </message>
    <message>
        <source>copy, cut, paste, duplicate (cables inside the selection come along), delete</source>
        <translation>copier, couper, coller, dupliquer (les câbles internes à la sélection suivent), supprimer</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>arrange left to right by signal flow</source>
        <translation>disposer de gauche à droite selon le flux du signal</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo, redo (every edit, one step each)</source>
        <translation>annuler, rétablir (chaque modification compte pour une étape)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2</source>
        <translation>Ctrl+molette, pincement, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2</translation>
    </message>
    <message>
        <source>zoom, zoom to fit, zoom to the selection; middle-drag or wheel pans</source>
        <translation>zoomer, ajuster à la fenêtre, zoomer sur la sélection&#xa0;; glisser avec le bouton du milieu ou utiliser la molette pour se déplacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>show or hide the gear library, the inspector and findings, the preview</source>
        <translation>afficher ou masquer la bibliothèque de matériel, l’inspecteur et les constats, la pré-écoute</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+N, Ctrl+Shift+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S</source>
        <translation>Ctrl+N, Ctrl+Maj+N, Ctrl+O, Ctrl+S, Ctrl+Maj+S</translation>
    </message>
    <message>
        <source>new project, quick check, open, save, save as</source>
        <translation>nouveau projet, vérification rapide, ouvrir, enregistrer, enregistrer sous</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D, Ctrl+Shift+C</source>
        <translation>Ctrl+Maj+D, Ctrl+Maj+C</translation>
    </message>
    <message>
        <source>duplicate the chain as a variant, compare the variants</source>
        <translation>dupliquer la chaîne en variante, comparer les variantes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Maj+G</translation>
    </message>
    <message>
        <source>a listener&apos;s plots: SPL against volume, the response change and the impedance</source>
        <translation>les courbes d’un auditeur&#xa0;: niveau selon le volume, variation de réponse et impédance</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+Shift+E, Ctrl+P, Ctrl+Q</source>
        <translation>Ctrl+E, Ctrl+Maj+E, Ctrl+P, Ctrl+Q</translation>
    </message>
    <message>
        <source>export a report, export the diagram, print the diagram, quit</source>
        <translation>exporter un rapport, exporter le schéma, imprimer le schéma, quitter</translation>
    </message>
</context>
<context>
    <name>SignalClass</name>
    <message>
        <source>acoustic</source>
        <translation>acoustique</translation>
    </message>
    <message>
        <source>mic level</source>
        <translation>niveau micro</translation>
    </message>
    <message>
        <source>instrument level</source>
        <translation>niveau instrument</translation>
    </message>
    <message>
        <source>line level</source>
        <translation>niveau ligne</translation>
    </message>
    <message>
        <source>headphone level</source>
        <translation>niveau casque</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>speaker level</source>
        <translation>niveau haut-parleur</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>is not a finite number</source>
        <translation>n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 is outside the sane range %2…%3 %4</source>
        <translation>%1 est hors de la plage plausible %2…%3 %4</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>does not match the minimum and maximum gain</source>
        <translation>ne correspond pas aux gains minimal et maximal</translation>
    </message>
    <message>
        <source>is below the minimum gain</source>
        <translation>est inférieur au gain minimal</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>needs rising frequencies from %1 Hz to %2 kHz, magnitudes from %3 to %4 Ω and phases within ±90°</source>
        <translation>exige des fréquences croissantes de %1 Hz à %2 kHz, des modules de %3 à %4 Ω et des phases comprises entre −90° et +90°</translation>
    </message>
    <message>
        <source>needs ranges of rising loads that do not overlap, from 0 Ω to 10 MΩ, each with a level from 1 mV to 100 V</source>
        <translation>nécessite des plages de charges croissantes sans chevauchement, de 0 Ω à 10 MΩ, chacune avec un niveau de 1 mV à 100 V</translation>
    </message>
    <message>
        <source>only a headphone output has a level per load</source>
        <translation>seule une sortie casque a un niveau par charge</translation>
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
        <translation>D&amp;upliquer en variante</translation>
    </message>
    <message>
        <source>&amp;Rename Variant…</source>
        <translation>&amp;Renommer la variante…</translation>
    </message>
    <message>
        <source>&amp;Delete Variant</source>
        <translation>&amp;Supprimer la variante</translation>
    </message>
    <message>
        <source>&amp;Compare Variants…</source>
        <translation>&amp;Comparer les variantes…</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>OK, %1 dB to spare</source>
        <translation>OK, %1 dB de marge</translation>
    </message>
    <message>
        <source>marginal, %1 dB short</source>
        <translation>un peu juste, il manque %1 dB</translation>
    </message>
    <message>
        <source>needs an amp, %1 dB short</source>
        <translation>ampli nécessaire, il manque %1 dB</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 dB short of gain</source>
        <translation>il manque %1 dB de gain</translation>
    </message>
    <message>
        <source>phantom power off</source>
        <translation>alimentation fantôme coupée</translation>
    </message>
    <message>
        <source>phantom power on a ribbon</source>
        <translation>alimentation fantôme sur un micro à ruban</translation>
    </message>
    <message>
        <source>needs a Hi-Z input</source>
        <translation>entrée Hi-Z nécessaire</translation>
    </message>
    <message>
        <source>clips at the input</source>
        <translation>écrête à l’entrée</translation>
    </message>
    <message>
        <source>too quiet, %1 dB short</source>
        <translation>trop faible, il manque %1 dB</translation>
    </message>
    <message>
        <source>unsure: %1 dB short, or %2 dB to spare</source>
        <translation>incertain&#xa0;: il manque %1 dB, ou %2 dB de marge</translation>
    </message>
</context>
<context>
    <name>VerdictChip</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>VerdictStrip</name>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Add headphones to see whether your gear drives them loud enough.</source>
        <translation>Ajoutez un casque pour voir si votre matériel peut le faire sonner assez fort.</translation>
    </message>
</context>
</TS>
