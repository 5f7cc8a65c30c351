<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>%1 products, made %2</source>
        <translation>%1 Produkte, erstellt am %2</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Headroom</source>
        <translation>Über Headroom</translation>
    </message>
    <message>
        <source>Headroom %1</source>
        <translation>Headroom %1</translation>
    </message>
    <message>
        <source>Plans studio signal chains and tells you whether your gear works together.</source>
        <translation>Plant Studio-Signalketten und zeigt Ihnen, ob Ihr Equipment zusammenpasst.</translation>
    </message>
    <message>
        <source>Running on Qt %1</source>
        <translation>Läuft mit Qt %1</translation>
    </message>
    <message>
        <source>Gear catalog: %1</source>
        <translation>Equipment-Katalog: %1</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. The gear catalog and the documentation are under Creative Commons Attribution 4.0; every figure names its source.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Der Gerätekatalog und die Dokumentation stehen unter Creative Commons Namensnennung 4.0; jeder Wert nennt seine Quelle.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>reaches the target with %1 dB to spare (was %2 dB)</source>
        <translation>erreicht das Ziel mit %1 dB Reserve (vorher %2 dB)</translation>
    </message>
    <message>
        <source>%1 dB of gain to spare (was %2 dB)</source>
        <translation>%1 dB Verstärkung in Reserve (vorher %2 dB)</translation>
    </message>
    <message>
        <source>still %1 dB short (was %2 dB)</source>
        <translation>noch %1 dB zu wenig (vorher %2 dB)</translation>
    </message>
    <message>
        <source>no new problems</source>
        <translation>keine neuen Probleme</translation>
    </message>
    <message>
        <source>new problems: %1</source>
        <translation>neue Probleme: %1</translation>
    </message>
    <message>
        <source>estimate: some figures are typical values</source>
        <translation>Schätzung: einige Werte sind typische Annahmen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Replace the amp with %1</source>
        <translation>Den Verstärker durch %1 ersetzen</translation>
    </message>
    <message>
        <source>Add %1 before the input, with 48 V on</source>
        <translation>%1 vor dem Eingang einfügen, mit 48 V eingeschaltet</translation>
    </message>
    <message>
        <source>Replace the splitter with %1</source>
        <translation>Den Splitter durch %1 ersetzen</translation>
    </message>
    <message>
        <source>Use %1 as the interface</source>
        <translation>%1 als Interface verwenden</translation>
    </message>
    <message>
        <source>Listen on %1 instead</source>
        <translation>Stattdessen mit %1 hören</translation>
    </message>
    <message>
        <source>Use %1 as the monitors</source>
        <translation>%1 als Monitore verwenden</translation>
    </message>
    <message>
        <source>Use %1 as the amplifier</source>
        <translation>%1 als Verstärker verwenden</translation>
    </message>
    <message>
        <source>Use %1 as the speakers</source>
        <translation>%1 als Lautsprecher verwenden</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <source>What would fix it</source>
        <translation>Was das beheben würde</translation>
    </message>
    <message>
        <source>Nothing in the catalog or your gear fixes this.</source>
        <translation>Nichts im Katalog oder in Ihrem Equipment behebt das.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>As variant</source>
        <translation>Als Variante</translation>
    </message>
    <message>
        <source>Apply as a new variant: %1</source>
        <translation>Als neue Variante anwenden: %1</translation>
    </message>
    <message>
        <source>Make the change in a copy of the chain, to compare before and after</source>
        <translation>Die Änderung in einer Kopie der Kette vornehmen, um vorher und nachher zu vergleichen</translation>
    </message>
    <message>
        <source>Headphone amps</source>
        <translation>Kopfhörerverstärker</translation>
    </message>
    <message>
        <source>Stronger headphone amps</source>
        <translation>Stärkere Kopfhörerverstärker</translation>
    </message>
    <message>
        <source>Distribution amps</source>
        <translation>Verteilverstärker</translation>
    </message>
    <message>
        <source>Inline preamps</source>
        <translation>Inline-Vorverstärker</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Andere Interfaces</translation>
    </message>
    <message>
        <source>Other headphones</source>
        <translation>Andere Kopfhörer</translation>
    </message>
    <message>
        <source>More powerful amplifiers</source>
        <translation>Stärkere Verstärker</translation>
    </message>
    <message>
        <source>Louder speakers</source>
        <translation>Lautere Lautsprecher</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Plan a studio signal chain and see whether the gear works together.</source>
        <translation>Planen Sie eine Studio-Signalkette und sehen Sie, ob Ihr Equipment zusammenpasst.</translation>
    </message>
    <message>
        <source>A .headroom project to open.</source>
        <translation>Ein zu öffnendes .headroom-Projekt.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>gain %1 dB</source>
        <translation>Verstärkung %1 dB</translation>
    </message>
    <message>
        <source>up to %1 dB SPL, headroom %2 dB</source>
        <translation>bis zu %1 dB SPL, Reserve %2 dB</translation>
    </message>
    <message>
        <source>up to %1 dB SPL at %2 m, headroom %3 dB</source>
        <translation>bis %1 dB SPL in %2 m, Reserve %3 dB</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 was %2, the catalog now says %3</source>
        <translation>%1 war %2, der Katalog sagt jetzt %3</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Impedanzkurve</translation>
    </message>
    <message>
        <source>Maximum level per load</source>
        <translation>Maximalpegel je Last</translation>
    </message>
    <message>
        <source>%1: none saved, the catalog now has one</source>
        <translation>%1: keine gespeichert, der Katalog hat jetzt eine</translation>
    </message>
    <message>
        <source>%1: the catalog no longer has one</source>
        <translation>%1: der Katalog hat keine mehr</translation>
    </message>
    <message>
        <source>%1: the catalog&apos;s differs from the saved one</source>
        <translation>%1: die des Katalogs weicht von der gespeicherten ab</translation>
    </message>
</context>
<context>
    <name>CatalogBanner</name>
    <message>
        <source>The catalog&apos;s figures changed since this project was saved; the analysis uses the saved ones.</source>
        <translation>Die Werte im Katalog haben sich geändert, seit dieses Projekt gespeichert wurde; die Analyse verwendet die gespeicherten.</translation>
    </message>
    <message>
        <source>Use the catalog&apos;s figures</source>
        <translation>Katalogwerte übernehmen</translation>
    </message>
    <message>
        <source>Keep the saved figures</source>
        <translation>Gespeicherte Werte behalten</translation>
    </message>
</context>
<context>
    <name>CatalogStats</name>
    <message>
        <source>| Kind | Products | With the key figures | Impedance curves | Figures from the manufacturer | from measurements | estimated | of them read second hand |</source>
        <translation>| Art | Produkte | Mit den entscheidenden Werten | Impedanzkurven | Werte vom Hersteller | aus Messungen | geschätzt | davon aus zweiter Hand |</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>ChainCanvas</name>
    <message>
        <source>Signal chain canvas</source>
        <translation>Arbeitsfläche der Signalkette</translation>
    </message>
    <message>
        <source>Insert an %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Connect without an adapter</source>
        <translation>Ohne Adapter verbinden</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Ersetzen durch …</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Kabel entfernen</translation>
    </message>
    <message>
        <source>Replace %1 with…</source>
        <translation>%1 ersetzen durch …</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Arrange by Signal Flow</source>
        <translation>Nach Signalfluss anordnen</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>What do you have?</source>
        <translation>Was haben Sie?</translation>
    </message>
    <message>
        <source>Pick your interface or computer, your headphones and a microphone: Headroom wires them and tells you whether they work together.</source>
        <translation>Wählen Sie Ihr Interface oder Ihren Computer, Ihre Kopfhörer und ein Mikrofon: Headroom verkabelt sie und sagt Ihnen, ob sie zusammenpassen.</translation>
    </message>
    <message>
        <source>Start the quick check</source>
        <translation>Schnellcheck starten</translation>
    </message>
    <message>
        <source>Or drag gear from the library onto the canvas, or open an example from the Help menu.</source>
        <translation>Oder ziehen Sie Geräte aus der Bibliothek auf die Arbeitsfläche, oder öffnen Sie ein Beispiel im Hilfe-Menü.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Analyse a .headroom project: a verdict for each listener, the findings, and the levels at every stage.</source>
        <translation>Analysiert ein .headroom-Projekt: eine Bewertung für jeden Hörer, die Befunde und die Pegel an jeder Stufe.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>The .headroom project.</source>
        <translation>Das .headroom-Projekt.</translation>
    </message>
    <message>
        <source>usage: headroom-cli analyze FILE [--format text|json]</source>
        <translation>Aufruf: headroom-cli analyze DATEI [--format text|json]</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>unbekannter Befehl &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Catalog updates (this analysis uses the figures saved in the project)</source>
        <translation>Aktualisierungen im Katalog (diese Analyse verwendet die im Projekt gespeicherten Kennwerte)</translation>
    </message>
    <message>
        <source>Your gear&apos;s database (default: %1).</source>
        <translation>Die Datenbank Ihres Equipments (Standard: %1).</translation>
    </message>
    <message>
        <source>Do not compare the project&apos;s gear with the catalog.</source>
        <translation>Das Equipment des Projekts nicht mit dem Katalog vergleichen.</translation>
    </message>
    <message>
        <source>The catalog database (default: the installed one).</source>
        <translation>Die Katalogdatenbank (Standard: die installierte).</translation>
    </message>
    <message>
        <source>Only this kind (headphones, interface, microphone, …).</source>
        <translation>Nur dieser Gerätetyp (headphones, interface, microphone, …).</translation>
    </message>
    <message>
        <source>A condition on a figure, e.g. impedanceOhm&gt;=250 (repeatable).</source>
        <translation>Eine Bedingung für einen Kennwert, z. B. impedanceOhm&gt;=250 (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>Höchstens so viele Ergebnisse (Standard: 50).</translation>
    </message>
    <message>
        <source>Words to find in brand, model, variant and aliases (prefixes match).</source>
        <translation>Suchbegriffe für Marke, Modell, Variante und Alias-Namen (Wortanfänge genügen).</translation>
    </message>
    <message>
        <source>Search the catalog and your gear.</source>
        <translation>Durchsucht den Katalog und Ihr Equipment.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannter Gerätetyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  (your gear)</source>
        <translation>  (Ihr Equipment)</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>The product&apos;s id (see gear search).</source>
        <translation>Die ID des Produkts (siehe gear search).</translation>
    </message>
    <message>
        <source>Show a product&apos;s figures with their sources.</source>
        <translation>Zeigt die Kennwerte eines Produkts mit ihren Quellen.</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>kein Produkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, id %2%3</source>
        <translation>%1, ID %2%3</translation>
    </message>
    <message>
        <source>, your gear</source>
        <translation>, Ihr Equipment</translation>
    </message>
    <message>
        <source>based on %1</source>
        <translation>basiert auf %1</translation>
    </message>
    <message>
        <source>also known as %1</source>
        <translation>auch bekannt als %1</translation>
    </message>
    <message>
        <source>  impedance curve: %1 points (%2)</source>
        <translation>  Impedanzkurve: %1 Punkte (%2)</translation>
    </message>
    <message>
        <source>The id of a product in your gear.</source>
        <translation>Die ID eines Produkts in Ihrem Equipment.</translation>
    </message>
    <message>
        <source>Remove a product from your gear.</source>
        <translation>Entfernt ein Produkt aus Ihrem Equipment.</translation>
    </message>
    <message>
        <source>Check the file and report what would be added; change nothing.</source>
        <translation>Die Datei prüfen und melden, was hinzugefügt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Import products into your gear: all of them or, on any error, none.</source>
        <translation>Importiert Produkte in Ihr Equipment: alle oder, bei einem Fehler, keines.</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be added</source>
        <translation>
            <numerusform>%n Produkt würde hinzugefügt werden</numerusform>
            <numerusform>%n Produkte würden hinzugefügt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n product(s) to your gear</source>
        <translation>
            <numerusform>%n Produkt zu Ihrem Equipment hinzugefügt</numerusform>
            <numerusform>%n Produkte zu Ihrem Equipment hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>csv or json (default: from the output file&apos;s name, else json).</source>
        <translation>csv oder json (Standard: nach dem Namen der Ausgabedatei, sonst json).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Export the whole catalog plus your gear.</source>
        <translation>Exportiert den gesamten Katalog samt Ihrem Equipment.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Product files (CSV or JSON) to check with the catalog&apos;s rules.</source>
        <translation>Produktdateien (CSV oder JSON), die nach den Regeln des Katalogs geprüft werden.</translation>
    </message>
    <message>
        <source>Check product files: every product parses, every figure is sane and has a source.</source>
        <translation>Prüft Produktdateien: Jedes Produkt muss lesbar sein, jeder Kennwert plausibel und mit einer Quelle belegt.</translation>
    </message>
    <message>
        <source>The catalog database to write.</source>
        <translation>Die zu schreibende Katalogdatenbank.</translation>
    </message>
    <message>
        <source>The catalog&apos;s JSON files.</source>
        <translation>Die JSON-Dateien des Katalogs.</translation>
    </message>
    <message>
        <source>Build the read-only catalog database from its JSON files.</source>
        <translation>Erstellt die schreibgeschützte Katalogdatenbank aus ihren JSON-Dateien.</translation>
    </message>
    <message>
        <source>%1: cannot be built: %2</source>
        <translation>%1: kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>unknown gear command &quot;%1&quot;
</source>
        <translation>unbekannter gear-Befehl &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Usage: headroom-cli gear COMMAND [OPTIONS]
</source>
        <translation>Aufruf: headroom-cli gear COMMAND [OPTIONS]
</translation>
    </message>
    <message>
        <source>
Run &apos;headroom-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Die Optionen eines Befehls zeigt &apos;headroom-cli COMMAND --help&apos; an.
</translation>
    </message>
    <message>
        <source>%1: the project has no headphones to render</source>
        <translation>%1: das Projekt enthält keine Kopfhörer zum Rendern</translation>
    </message>
    <message>
        <source>%1: no listener &quot;%2&quot;</source>
        <translation>%1: kein Hörer &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): no programme reaches this listener; %3 is silent
</source>
        <translation>%1 (%2): bei diesem Hörer kommt kein Programm an; %3 ist stumm
</translation>
    </message>
    <message>
        <source>%1 (%2): %3 dB SPL average rendered (computed %4), hiss %5 dB SPL; clipped samples: %6 → %7
</source>
        <translation>%1 (%2): %3 dB SPL im Mittel gerendert (berechnet %4), Rauschen %5 dB SPL; übersteuerte Samples: %6 → %7
</translation>
    </message>
    <message>
        <source>Render what a listener hears: the programme through the chain&apos;s gains, clipping, hiss and output-impedance response, at a level relative to the reference SPL.</source>
        <translation>Rendert, was ein Hörer hört: das Programm mit den Verstärkungen, der Übersteuerung, dem Rauschen und dem von der Ausgangsimpedanz abhängigen Frequenzgang der Kette, mit einem Pegel relativ zum Referenz-Schalldruckpegel.</translation>
    </message>
    <message>
        <source>The headphones&apos; device id or listener name (default: the first headphones).</source>
        <translation>Die Geräte-ID der Kopfhörer oder der Name des Hörers (Standard: die ersten Kopfhörer).</translation>
    </message>
    <message>
        <source>Your own programme: WAV, FLAC, OGG or AIFF, played at the chain&apos;s programme level.</source>
        <translation>Ihr eigenes Programmmaterial: WAV, FLAC, OGG oder AIFF, wiedergegeben mit dem Programmpegel der Kette.</translation>
    </message>
    <message>
        <source>Generated programme: speech, music, pink-noise, sweep or tone (default: the source&apos;s).</source>
        <translation>Erzeugtes Programm: speech, music, pink-noise, sweep oder tone (Standard: das der Quelle).</translation>
    </message>
    <message>
        <source>Seconds of generated programme (default 10).</source>
        <translation>Dauer des erzeugten Programms in Sekunden (Standard: 10).</translation>
    </message>
    <message>
        <source>The rendered file: .wav (32-bit float) or .flac (24-bit).</source>
        <translation>Die gerenderte Datei: .wav (32-Bit-Gleitkomma) oder .flac (24 Bit).</translation>
    </message>
    <message>
        <source>Also render the same programme through another project, to OUT-compare.wav, level-honest.</source>
        <translation>Dasselbe Programm zusätzlich durch ein anderes Projekt rendern, pegelgetreu in OUT-compare.wav.</translation>
    </message>
    <message>
        <source>The SPL of a full-scale sine in the file (default 110 dB SPL).</source>
        <translation>Der Schalldruckpegel eines voll ausgesteuerten Sinus in der Datei (Standard: 110 dB SPL).</translation>
    </message>
    <message>
        <source>usage: headroom-cli render FILE [--listener ID] [--input AUDIO | --program NAME] [--duration SECONDS] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]</source>
        <translation>Aufruf: headroom-cli render DATEI [--listener ID] [--input AUDIO | --program NAME] [--duration SEKUNDEN] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]</translation>
    </message>
    <message>
        <source>Add products to your gear: all of them or, on any error, none.</source>
        <translation>Produkte zu Ihren Geräten hinzufügen: alle oder, bei einem Fehler, keines.</translation>
    </message>
    <message>
        <source>A product (or an array of them) in the catalog&apos;s JSON format.</source>
        <translation>Ein Produkt (oder ein Array davon) im JSON-Format des Katalogs.</translation>
    </message>
    <message>
        <source>Indent the JSON for people (it is compact by default, for scripts).</source>
        <translation>Das JSON für Menschen einrücken (standardmäßig ist es kompakt, für Skripte).</translation>
    </message>
    <message>
        <source>Nothing to suggest: no listener is short of level and no microphone of gain.</source>
        <translation>Nichts vorzuschlagen: Kein Hörer hat zu wenig Pegel und kein Mikrofon zu wenig Verstärkung.</translation>
    </message>
    <message>
        <source>Suggestions per problem (default 3).</source>
        <translation>Vorschläge je Problem (Standard 3).</translation>
    </message>
    <message>
        <source>Suggest gear from the catalog and your own that fixes a listener short of level or a microphone short of gain, each tried in a copy of the chain.</source>
        <translation>Schlägt Geräte aus dem Katalog und aus Ihren eigenen vor, die einem Hörer mit zu wenig Pegel oder einem Mikrofon mit zu wenig Verstärkung abhelfen; jedes wird in einer Kopie der Kette ausprobiert.</translation>
    </message>
    <message>
        <source>usage: headroom-cli advise FILE [--format text|json] [--limit N]</source>
        <translation>Aufruf: headroom-cli advise FILE [--format text|json] [--limit N]</translation>
    </message>
    <message>
        <source>Your headphones: one gear id, or several separated by commas.</source>
        <translation>Ihre Kopfhörer: eine Geräte-ID oder mehrere, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Also write the chain as a .headroom project.</source>
        <translation>Die Kette zusätzlich als .headroom-Projekt schreiben.</translation>
    </message>
    <message>
        <source>Check the gear you have without drawing a chain: Headroom wires it (the computer, adapters, a splitter where needed) and gives the verdict for each listener.</source>
        <translation>Prüfen Sie Ihre Geräte, ohne eine Kette zu zeichnen: Headroom verkabelt sie (den Computer, Adapter, wo nötig einen Splitter) und gibt das Urteil für jeden Hörer.</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; in the catalog or your gear (see &apos;headroom-cli gear search&apos;)</source>
        <translation>Kein Produkt „%1“ im Katalog oder in Ihren Geräten (siehe „headroom-cli gear search“)</translation>
    </message>
    <message>
        <source>The variants to compare, by name, separated by commas (default: all).</source>
        <translation>Die zu vergleichenden Varianten, nach Namen, durch Kommas getrennt (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>Compare a project&apos;s variants side by side: per listener the verdict, the maximum level, the room to the target, the volume setting, the hiss and the problems.</source>
        <translation>Die Varianten eines Projekts nebeneinander vergleichen: je Hörer das Urteil, den Höchstpegel, den Abstand zum Ziel, die Lautstärkeeinstellung, das Rauschen und die Probleme.</translation>
    </message>
    <message>
        <source>usage: headroom-cli compare FILE [--variants A,B] [--format text|json]</source>
        <translation>Aufruf: headroom-cli compare DATEI [--variants A,B] [--format text|json]</translation>
    </message>
    <message>
        <source>No variant &quot;%1&quot; in %2; it has: %3</source>
        <translation>Keine Variante „%1“ in %2; vorhanden sind: %3</translation>
    </message>
    <message>
        <source>in your shop: %1</source>
        <translation>in Ihrem Laden: %1</translation>
    </message>
    <message>
        <source>Also print, per kind, how many products have the figures the verdicts depend on, and where the figures come from (a Markdown table).</source>
        <translation>Zusätzlich je Art ausgeben, wie viele Produkte die Werte haben, auf denen die Urteile beruhen, und woher die Werte stammen (eine Markdown-Tabelle).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .html (a report), .svg, .png (the diagram), .txt or .json.</source>
        <translation>Die zu schreibende Datei: .pdf oder .html (ein Bericht), .svg, .png (das Diagramm), .txt oder .json.</translation>
    </message>
    <message>
        <source>A one-page summary to hand a customer (the default).</source>
        <translation>Eine einseitige Zusammenfassung für Kunden (Standard).</translation>
    </message>
    <message>
        <source>The full engineering report.</source>
        <translation>Der vollständige technische Bericht.</translation>
    </message>
    <message>
        <source>The variant to report on (default: the one last edited).</source>
        <translation>Die Variante für den Bericht (Standard: die zuletzt bearbeitete).</translation>
    </message>
    <message>
        <source>The shop&apos;s name, printed on the summary.</source>
        <translation>Der Name des Geschäfts, auf der Zusammenfassung gedruckt.</translation>
    </message>
    <message>
        <source>Pixels per canvas pixel of a PNG (default 2).</source>
        <translation>Pixel je Arbeitsflächen-Pixel eines PNG (Standard 2).</translation>
    </message>
    <message>
        <source>Write a report of a project to hand over: a one-page summary or a full engineering report as PDF or HTML, the chain&apos;s diagram as SVG, PNG or PDF, or the analysis as text or JSON.</source>
        <translation>Einen Bericht über ein Projekt zum Weitergeben schreiben: eine einseitige Zusammenfassung oder einen vollständigen technischen Bericht als PDF oder HTML, das Diagramm der Kette als SVG, PNG oder PDF, oder die Analyse als Text oder JSON.</translation>
    </message>
    <message>
        <source>With .svg or .png: a listener&apos;s plot instead of the diagram: gain, volume or response.</source>
        <translation>Mit .svg oder .png: ein Diagramm eines Hörers statt des Kettendiagramms: gain, volume oder response.</translation>
    </message>
    <message>
        <source>The headphones&apos; device id for --plot (default: the first).</source>
        <translation>Die Geräte-ID des Kopfhörers für --plot (Standard: der erste).</translation>
    </message>
    <message>
        <source>usage: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] [--plot gain|volume|response [--listener ID]]</source>
        <translation>Aufruf: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] [--plot gain|volume|response [--listener ID]]</translation>
    </message>
    <message>
        <source>No headphones &quot;%1&quot; in %2</source>
        <translation>Kein Kopfhörer „%1“ in %2</translation>
    </message>
    <message>
        <source>--provenance: &quot;%1&quot; is not manufacturer, measurement or estimate</source>
        <translation>--provenance: „%1“ ist weder manufacturer noch measurement noch estimate</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source> (%1 in the file, at most %2 per octave kept)</source>
        <translation> (%1 in der Datei, höchstens %2 je Oktave übernommen)</translation>
    </message>
    <message>
        <source>the file has no phase: the curve is taken as resistive</source>
        <translation>die Datei enthält keine Phase: die Kurve gilt als rein ohmsch</translation>
    </message>
    <message>
        <source>The file is a measured impedance curve (REW, ARTA, LIMP, DATS text export or CSV: hertz, ohms, phase) for these headphones; a catalog product gets a copy in your gear.</source>
        <translation>Die Datei ist eine gemessene Impedanzkurve (Textexport von REW, ARTA, LIMP, DATS oder CSV: Hertz, Ohm, Phase) für diesen Kopfhörer; ein Katalogprodukt erhält eine Kopie in Ihrem Equipment.</translation>
    </message>
    <message>
        <source>Where the curve was published (a web address).</source>
        <translation>Wo die Kurve veröffentlicht wurde (eine Webadresse).</translation>
    </message>
    <message>
        <source>manufacturer, measurement or estimate (default: measurement).</source>
        <translation>manufacturer, measurement oder estimate (Standard: measurement).</translation>
    </message>
    <message>
        <source>A CSV or JSON file of products, or with --curve-for a measured impedance curve.</source>
        <translation>Eine CSV- oder JSON-Datei mit Produkten, oder mit --curve-for eine gemessene Impedanzkurve.</translation>
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
        <translation>  gear search [TEXT] [--kind K] [--where FIGURE&gt;=N]   Produkte suchen
  gear show ID                 Kennwerte und Quellen eines Produkts
  gear add FILE                ein Produkt (JSON) zu Ihrem Equipment hinzufügen
  gear remove ID               ein Produkt aus Ihrem Equipment entfernen
  gear import FILE [--dry-run] eine CSV- oder JSON-Datei in Ihr Equipment importieren
  gear import CURVE --curve-for ID [--source URL]
                               eine gemessene Impedanzkurve für einen Kopfhörer
  gear export [--format csv|json] [--out FILE]
  gear validate FILES…         Produktdateien prüfen
  gear compile --out DB FILES… die Katalogdatenbank erstellen
</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has an impedance curve of %n point(s)</source>
        <translation>
            <numerusform>%1 hat jetzt eine Impedanzkurve mit %n Punkt</numerusform>
            <numerusform>%1 hat jetzt eine Impedanzkurve mit %n Punkten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with status 1 when a listener falls short of the target (marginal, needs an amp, not connected).</source>
        <translation>Mit Status 1 beenden, wenn ein Zuhörer das Ziel verfehlt (knapp, braucht einen Verstärker, nicht angeschlossen).</translation>
    </message>
    <message>
        <source>The shop&apos;s shared server, postgresql://user@host[:port]/database (default: $HEADROOM_SERVER). The password comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Der gemeinsame Server des Geschäfts, postgresql://benutzer@host[:port]/datenbank (Standard: $HEADROOM_SERVER). Das Passwort kommt aus ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>  (the shop&apos;s gear)</source>
        <translation>  (Equipment des Geschäfts)</translation>
    </message>
    <message>
        <source>, the shop&apos;s gear</source>
        <translation>, Equipment des Geschäfts</translation>
    </message>
    <message>
        <source>name the server with --server URL or $HEADROOM_SERVER</source>
        <translation>geben Sie den Server mit --server URL oder $HEADROOM_SERVER an</translation>
    </message>
    <message>
        <source>Create or update the server&apos;s schema, in one transaction (the shop&apos;s administrator).</source>
        <translation>Das Schema des Servers anlegen oder aktualisieren, in einer Transaktion (für die Administration des Geschäfts).</translation>
    </message>
    <message>
        <source>the schema is at version %1 already</source>
        <translation>das Schema hat bereits Version %1</translation>
    </message>
    <message>
        <source>the schema went from version %1 to %2</source>
        <translation>das Schema wurde von Version %1 auf %2 gebracht</translation>
    </message>
    <message>
        <source>Say what the server holds and who you are on it.</source>
        <translation>Zeigen, was der Server enthält und wer Sie dort sind.</translation>
    </message>
    <message>
        <source>schema version %1, you are %2</source>
        <translation>Schemaversion %1, Sie sind %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shared product(s)</source>
        <translation>
            <numerusform>%n gemeinsames Produkt</numerusform>
            <numerusform>%n gemeinsame Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared project(s)</source>
        <translation>
            <numerusform>%n gemeinsames Projekt</numerusform>
            <numerusform>%n gemeinsame Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the files and change nothing.</source>
        <translation>Die Dateien prüfen und nichts ändern.</translation>
    </message>
    <message>
        <source>CSV or JSON files of products.</source>
        <translation>CSV- oder JSON-Dateien mit Produkten.</translation>
    </message>
    <message>
        <source>Add products to the shop&apos;s shared gear: all of them or, on any error, none.</source>
        <translation>Produkte zum gemeinsamen Equipment des Geschäfts hinzufügen: alle oder, bei einem Fehler, keines.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would be added to the shop&apos;s gear</source>
        <translation>
            <numerusform>%n Produkt würde zum Equipment des Geschäfts hinzugefügt</numerusform>
            <numerusform>%n Produkte würden zum Equipment des Geschäfts hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added to the shop&apos;s gear</source>
        <translation>
            <numerusform>%n Produkt zum Equipment des Geschäfts hinzugefügt</numerusform>
            <numerusform>%n Produkte zum Equipment des Geschäfts hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared product&apos;s id.</source>
        <translation>Die ID des gemeinsamen Produkts.</translation>
    </message>
    <message>
        <source>Remove a product from the shop&apos;s shared gear.</source>
        <translation>Ein Produkt aus dem gemeinsamen Equipment des Geschäfts entfernen.</translation>
    </message>
    <message>
        <source>List the shop&apos;s shared projects.</source>
        <translation>Die gemeinsamen Projekte des Geschäfts auflisten.</translation>
    </message>
    <message>
        <source>revision %1, saved by %2 at %3</source>
        <translation>Revision %1, gespeichert von %2 am %3</translation>
    </message>
    <message>
        <source>no shared projects</source>
        <translation>keine gemeinsamen Projekte</translation>
    </message>
    <message>
        <source>The .headroom file to write.</source>
        <translation>Die zu schreibende .headroom-Datei.</translation>
    </message>
    <message>
        <source>The shared project&apos;s id (see server projects).</source>
        <translation>Die ID des gemeinsamen Projekts (siehe server projects).</translation>
    </message>
    <message>
        <source>Fetch a shared project into a file.</source>
        <translation>Ein gemeinsames Projekt in eine Datei holen.</translation>
    </message>
    <message>
        <source>name the file to write with --out</source>
        <translation>geben Sie die zu schreibende Datei mit --out an</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <extracomment>%1 project name, %2 revision</extracomment>
        <translation>%1, Revision %2</translation>
    </message>
    <message>
        <source>The project&apos;s name on the server (default: the file&apos;s).</source>
        <translation>Der Name des Projekts auf dem Server (Standard: der der Datei).</translation>
    </message>
    <message>
        <source>Save over this shared project…</source>
        <translation>Über dieses gemeinsame Projekt speichern …</translation>
    </message>
    <message>
        <source>…only if it is still at this revision (the one you fetched).</source>
        <translation>… nur wenn es noch diese Revision hat (die, die Sie geholt haben).</translation>
    </message>
    <message>
        <source>The .headroom file.</source>
        <translation>Die .headroom-Datei.</translation>
    </message>
    <message>
        <source>Save a project to the server.</source>
        <translation>Ein Projekt auf dem Server speichern.</translation>
    </message>
    <message>
        <source>--id and --revision go together: a save over a project names the revision it is based on</source>
        <translation>--id und --revision gehören zusammen: Wer über ein Projekt speichert, nennt die Revision, auf der er aufbaut</translation>
    </message>
    <message>
        <source>nothing was saved: fetch the project again (server open), or save yours as a copy (without --id)</source>
        <translation>nichts wurde gespeichert: holen Sie das Projekt erneut (server open) oder speichern Sie Ihres als Kopie (ohne --id)</translation>
    </message>
    <message>
        <source>saved as %1, revision %2</source>
        <extracomment>%1 project id, %2 revision</extracomment>
        <translation>gespeichert als %1, Revision %2</translation>
    </message>
    <message>
        <source>unknown server command &quot;%1&quot;
</source>
        <translation>unbekannter server-Befehl „%1“
</translation>
    </message>
    <message>
        <source>Usage: headroom-cli server COMMAND [--server URL] [OPTIONS]
</source>
        <translation>Aufruf: headroom-cli server BEFEHL [--server URL] [OPTIONEN]
</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s products that have the same ids (a stock list imported again).</source>
        <translation>Die Produkte des Geschäfts mit denselben IDs ersetzen (eine erneut importierte Bestandsliste).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added to or replaced in the shop&apos;s gear</source>
        <translation>
            <numerusform>%n Produkt im Equipment des Geschäfts hinzugefügt oder ersetzt</numerusform>
            <numerusform>%n Produkte im Equipment des Geschäfts hinzugefügt oder ersetzt</numerusform>
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
        <translation>  server migrate               das Schema eines Geschäftsservers anlegen oder aktualisieren
  server status                was der Server des Geschäfts enthält
  server import FILES… [--dry-run] [--update]  Produkte zum gemeinsamen Equipment hinzufügen
  server remove ID             ein Produkt aus dem Equipment des Geschäfts entfernen
  server projects              die gemeinsamen Projekte auflisten
  server open ID --out FILE    ein gemeinsames Projekt holen
  server save FILE [--id ID --revision N] [--name NAME]
                               ein Projekt auf dem Server speichern
</translation>
    </message>
    <message>
        <source>Your audio interface, mixer, USB microphone, computer or phone (a gear id).</source>
        <translation>Ihr Audio-Interface, Mischpult, USB-Mikrofon, Computer oder Telefon (eine Geräte-ID).</translation>
    </message>
    <message>
        <source>A microphone into the first input of the interface or mixer (a gear id).</source>
        <translation>Ein Mikrofon am ersten Eingang des Interfaces oder Mischpults (eine Geräte-ID).</translation>
    </message>
    <message>
        <source>usage: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] [--format text|json] [--save FILE]</source>
        <translation>Aufruf: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] [--format text|json] [--save DATEI]</translation>
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
        <translation>Aufruf: headroom-cli COMMAND [OPTIONS]

Befehle:
  advise FILE [--format text|json]    Geräte vorschlagen, die beheben, was nicht reicht
  analyze FILE [--format text|json]   ein .headroom-Projekt analysieren
  check --source ID --headphones|--monitors ID[,ID…] [--amp ID] [--mic ID]
                                      Ihre Geräte prüfen, ohne eine Kette zu zeichnen
  compare FILE [--variants A,B]       die Varianten eines Projekts nebeneinander vergleichen
  render FILE --out OUT.wav [--listener ID] [--input AUDIO] [--compare OTHER.headroom]
                                      rendern, was ein Hörer hört
  report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full]
                                      ein Bericht zum Weitergeben oder das Diagramm der Kette
</translation>
    </message>
    <message>
        <source>A headphone amp, or the power amplifier of passive speakers, fed from the source (a gear id).</source>
        <translation>Ein Kopfhörerverstärker oder der Endverstärker passiver Lautsprecher, von der Quelle gespeist (eine Geräte-ID).</translation>
    </message>
    <message>
        <source>Your studio monitors or passive speakers, on the line outputs: one gear id, or several separated by commas.</source>
        <translation>Ihre Studiomonitore oder passiven Lautsprecher an den Line-Ausgängen: eine Geräte-ID oder mehrere, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>Scale the comparison to the same average SPL as the first render.</source>
        <translation>Den Vergleich auf denselben mittleren Schalldruckpegel wie das erste Rendering bringen.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Max SPL (full volume)</source>
        <translation>Max. SPL (volle Lautstärke)</translation>
    </message>
    <message>
        <source>To the peak target</source>
        <translation>Bis zum Spitzenziel</translation>
    </message>
    <message>
        <source>Volume setting</source>
        <translation>Lautstärkeeinstellung</translation>
    </message>
    <message>
        <source>Hiss</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Compare variants</source>
        <translation>Varianten vergleichen</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>not in this variant</source>
        <translation>nicht in dieser Variante</translation>
    </message>
    <message>
        <source>Highlighted: the variants differ here.</source>
        <translation>Hervorgehoben: Hier unterscheiden sich die Varianten.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>not in this variant</source>
        <translation>nicht in dieser Variante</translation>
    </message>
    <message>
        <source>Headroom comparison</source>
        <translation>Headroom-Vergleich</translation>
    </message>
    <message>
        <source>Headroom comparison: %1</source>
        <translation>Headroom-Vergleich: %1</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>max SPL</source>
        <translation>max. SPL</translation>
    </message>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>to the target</source>
        <translation>bis zum Ziel</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>hiss</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>* the variants differ here; max SPL at full volume, &quot;to the target&quot; from there to the peak target</source>
        <translation>* hier unterscheiden sich die Varianten; max. SPL bei voller Lautstärke, „bis zum Ziel“ von dort bis zum Spitzenziel</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>no such device</source>
        <translation>Gerät nicht vorhanden</translation>
    </message>
    <message>
        <source>a device cannot feed itself</source>
        <translation>ein Gerät kann sich nicht selbst speisen</translation>
    </message>
    <message>
        <source>no such port</source>
        <translation>Anschluss nicht vorhanden</translation>
    </message>
    <message>
        <source>a cable runs from an output to an input</source>
        <translation>ein Kabel führt von einem Ausgang zu einem Eingang</translation>
    </message>
    <message>
        <source>this input is already connected to %1</source>
        <translation>dieser Eingang ist bereits mit %1 verbunden</translation>
    </message>
    <message>
        <source>%1 output into a %2 input</source>
        <translation>Ausgang mit %1 an einem Eingang für %2</translation>
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
        <translation>6,35-mm-Klinke (TRS)</translation>
    </message>
    <message>
        <source>6.35 mm TS</source>
        <translation>6,35-mm-Klinke (TS)</translation>
    </message>
    <message>
        <source>3.5 mm TRS</source>
        <translation>3,5-mm-Klinke (TRS)</translation>
    </message>
    <message>
        <source>RCA</source>
        <translation>Cinch (RCA)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>XLR/6.35 mm combo</source>
        <translation>XLR/6,35-mm-Kombibuchse</translation>
    </message>
    <message>
        <source>acoustic</source>
        <translation>akustisch</translation>
    </message>
    <message>
        <source>5-pin DIN</source>
        <translation>5-polige DIN-Buchse</translation>
    </message>
    <message>
        <source>speaker terminals</source>
        <translation>Lautsprecherklemmen</translation>
    </message>
</context>
<context>
    <name>CurveText</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the frequencies must rise, and %1 Hz does not</source>
        <translation>die Frequenzen müssen steigen, und %1&#xa0;Hz tut das nicht</translation>
    </message>
    <message>
        <source>%1 Ω is outside %2 Ω to %3 MΩ</source>
        <translation>%1&#xa0;Ω liegt außerhalb von %2&#xa0;Ω bis %3&#xa0;MΩ</translation>
    </message>
    <message>
        <source>a phase of %1° is outside ±90°</source>
        <translation>eine Phase von %1° liegt außerhalb von ±90°</translation>
    </message>
    <message>
        <source>some lines have a phase and some do not</source>
        <translation>manche Zeilen haben eine Phase und manche nicht</translation>
    </message>
    <message>
        <source>no curve found: expected lines of hertz and ohms, and the phase in degrees, from 1 Hz to 200 kHz</source>
        <translation>keine Kurve gefunden: erwartet werden Zeilen mit Hertz und Ohm und der Phase in Grad, von 1&#xa0;Hz bis 200&#xa0;kHz</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Voice or acoustic instrument</source>
        <translation>Stimme oder akustisches Instrument</translation>
    </message>
    <message>
        <source>Electric instrument</source>
        <translation>Elektrisches Instrument</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Inline preamp</source>
        <translation>Inline-Vorverstärker</translation>
    </message>
    <message>
        <source>Audio interface</source>
        <translation>Audio-Interface</translation>
    </message>
    <message>
        <source>Headphone amp</source>
        <translation>Kopfhörerverstärker</translation>
    </message>
    <message>
        <source>Splitter</source>
        <translation>Splitter</translation>
    </message>
    <message>
        <source>Cable or adapter</source>
        <translation>Kabel oder Adapter</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kopfhörer</translation>
    </message>
    <message>
        <source>Computer, laptop or phone</source>
        <translation>Computer, Laptop oder Smartphone</translation>
    </message>
    <message>
        <source>Studio monitors (a pair)</source>
        <translation>Studiomonitore (ein Paar)</translation>
    </message>
    <message>
        <source>DI box</source>
        <translation>DI-Box</translation>
    </message>
    <message>
        <source>USB microphone</source>
        <translation>USB-Mikrofon</translation>
    </message>
    <message>
        <source>Mixer or podcast console</source>
        <translation>Mischpult oder Podcast-Konsole</translation>
    </message>
    <message>
        <source>Mic preamp or channel strip</source>
        <translation>Mikrofonvorverstärker oder Channel-Strip</translation>
    </message>
    <message>
        <source>Monitor controller</source>
        <translation>Monitor-Controller</translation>
    </message>
    <message>
        <source>Personal monitor mixer</source>
        <translation>Persönlicher Monitormixer</translation>
    </message>
    <message>
        <source>Keyboard or MIDI controller</source>
        <translation>Keyboard oder MIDI-Controller</translation>
    </message>
    <message>
        <source>Power amplifier</source>
        <translation>Endverstärker</translation>
    </message>
    <message>
        <source>Passive speakers (a pair)</source>
        <translation>Passive Lautsprecher (ein Paar)</translation>
    </message>
</context>
<context>
    <name>DeviceNode</name>
    <message>
        <source>Findings about this device</source>
        <translation>Befunde zu diesem Gerät</translation>
    </message>
    <message>
        <source>Drag a cable from %1</source>
        <translation>Kabel von %1 ziehen</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Delete %1 devices</source>
        <translation>%1 Geräte löschen</translation>
    </message>
    <message>
        <source>Move %1 devices</source>
        <translation>%1 Geräte verschieben</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %1 devices</source>
        <translation>%1 Geräte duplizieren</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Paste %1 devices</source>
        <translation>%1 Geräte einfügen</translation>
    </message>
    <message>
        <source>Arrange by signal flow</source>
        <translation>Nach Signalfluss anordnen</translation>
    </message>
    <message>
        <source>Connect %1 to %2 through an adapter</source>
        <translation>%1 über einen Adapter mit %2 verbinden</translation>
    </message>
    <message>
        <source>Update figures from the catalog</source>
        <translation>Werte aus dem Katalog übernehmen</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Schnellcheck</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Duplicate as %1</source>
        <translation>Als %1 duplizieren</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete variant %1</source>
        <translation>Variante %1 löschen</translation>
    </message>
    <message>
        <source>%1 as a variant</source>
        <translation>%1 als Variante</translation>
    </message>
    <message>
        <source>%1 of %2 stays as it is: %3</source>
        <translation>%1 von %2 bleibt unverändert: %3</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Microphone type</source>
        <translation>Mikrofontyp</translation>
    </message>
    <message>
        <source>the product page</source>
        <translation>auf der Produktseite</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row (mV/Pa or dBV/Pa)</source>
        <translation>im Datenblatt in der Zeile „Empfindlichkeit“ („Sensitivity“; mV/Pa oder dBV/Pa)</translation>
    </message>
    <message>
        <source>Output impedance</source>
        <translation>Ausgangsimpedanz</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output impedance&quot; or &quot;Rated impedance&quot; row</source>
        <translation>im Datenblatt in der Zeile „Ausgangsimpedanz“ oder „Nennimpedanz“ („Output impedance“ bzw. „Rated impedance“)</translation>
    </message>
    <message>
        <source>Self-noise</source>
        <translation>Eigenrauschen</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Equivalent noise level&quot; row</source>
        <translation>im Datenblatt in der Zeile „Ersatzgeräuschpegel“ („Equivalent noise level“)</translation>
    </message>
    <message>
        <source>Maximum SPL</source>
        <translation>Maximaler Schalldruckpegel</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Maximum SPL&quot; row</source>
        <translation>im Datenblatt in der Zeile „Grenzschalldruckpegel“ („Maximum SPL“)</translation>
    </message>
    <message>
        <source>Needs phantom power</source>
        <translation>Benötigt Phantomspeisung</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Gain&quot; row</source>
        <translation>im Datenblatt in der Zeile „Verstärkung“ („Gain“)</translation>
    </message>
    <message>
        <source>Input impedance</source>
        <translation>Eingangsimpedanz</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input impedance&quot; row</source>
        <translation>im Datenblatt in der Zeile „Eingangsimpedanz“ („Input impedance“)</translation>
    </message>
    <message>
        <source>Equivalent input noise</source>
        <translation>Äquivalentes Eingangsrauschen (EIN)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;EIN&quot; row</source>
        <translation>im Datenblatt in der Zeile „Äquivalentes Eingangsrauschen“ („EIN“)</translation>
    </message>
    <message>
        <source>Passes phantom power on</source>
        <translation>Leitet Phantomspeisung weiter</translation>
    </message>
    <message>
        <source>the manual</source>
        <translation>in der Bedienungsanleitung</translation>
    </message>
    <message>
        <source>Typical output level</source>
        <translation>Typischer Ausgangspegel</translation>
    </message>
    <message>
        <source>a measurement of the pickup&apos;s output</source>
        <translation>durch eine Messung am Ausgang des Tonabnehmers</translation>
    </message>
    <message>
        <source>Mic/line/instrument inputs</source>
        <translation>Mikrofon-/Line-/Instrumenteneingänge</translation>
    </message>
    <message>
        <source>Line-only inputs</source>
        <translation>Reine Line-Eingänge</translation>
    </message>
    <message>
        <source>Minimum preamp gain</source>
        <translation>Minimale Vorverstärkung</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Gain range&quot; row</source>
        <translation>im Datenblatt in der Zeile „Verstärkungsbereich“ („Gain range“)</translation>
    </message>
    <message>
        <source>Maximum preamp gain</source>
        <translation>Maximale Vorverstärkung</translation>
    </message>
    <message>
        <source>Mic input maximum level (minimum gain)</source>
        <translation>Maximaler Pegel am Mikrofoneingang (bei minimaler Verstärkung)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s mic input &quot;Maximum input level&quot; row</source>
        <translation>im Datenblatt beim Mikrofoneingang in der Zeile „Maximaler Eingangspegel“ („Maximum input level“)</translation>
    </message>
    <message>
        <source>Mic input impedance</source>
        <translation>Impedanz des Mikrofoneingangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s mic input &quot;Input impedance&quot; row</source>
        <translation>im Datenblatt beim Mikrofoneingang in der Zeile „Eingangsimpedanz“ („Input impedance“)</translation>
    </message>
    <message>
        <source>Line input maximum level</source>
        <translation>Maximaler Pegel am Line-Eingang</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line input &quot;Maximum input level&quot; row</source>
        <translation>im Datenblatt beim Line-Eingang in der Zeile „Maximaler Eingangspegel“ („Maximum input level“)</translation>
    </message>
    <message>
        <source>Line input impedance</source>
        <translation>Impedanz des Line-Eingangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line input &quot;Input impedance&quot; row</source>
        <translation>im Datenblatt beim Line-Eingang in der Zeile „Eingangsimpedanz“ („Input impedance“)</translation>
    </message>
    <message>
        <source>Instrument input maximum level</source>
        <translation>Maximaler Pegel am Instrumenteneingang</translation>
    </message>
    <message>
        <source>the datasheet&apos;s instrument input &quot;Maximum input level&quot; row</source>
        <translation>im Datenblatt beim Instrumenteneingang in der Zeile „Maximaler Eingangspegel“ („Maximum input level“)</translation>
    </message>
    <message>
        <source>Instrument input impedance</source>
        <translation>Impedanz des Instrumenteneingangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s instrument input &quot;Input impedance&quot; row</source>
        <translation>im Datenblatt beim Instrumenteneingang in der Zeile „Eingangsimpedanz“ („Input impedance“)</translation>
    </message>
    <message>
        <source>Phantom power switch</source>
        <translation>Schalter für Phantomspeisung</translation>
    </message>
    <message>
        <source>Hi-Z (instrument) switch</source>
        <translation>Hi-Z-Schalter (Instrument)</translation>
    </message>
    <message>
        <source>Direct monitoring</source>
        <translation>Direktes Mithören (Direct Monitoring)</translation>
    </message>
    <message>
        <source>Line output pairs</source>
        <translation>Line-Ausgangspaare</translation>
    </message>
    <message>
        <source>Line output maximum level</source>
        <translation>Maximaler Pegel am Line-Ausgang</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Maximum output level&quot; row</source>
        <translation>im Datenblatt beim Line-Ausgang in der Zeile „Maximaler Ausgangspegel“ („Maximum output level“)</translation>
    </message>
    <message>
        <source>Line output impedance</source>
        <translation>Impedanz des Line-Ausgangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Output impedance&quot; row</source>
        <translation>im Datenblatt beim Line-Ausgang in der Zeile „Ausgangsimpedanz“ („Output impedance“)</translation>
    </message>
    <message>
        <source>Balanced line outputs</source>
        <translation>Symmetrische Line-Ausgänge</translation>
    </message>
    <message>
        <source>Line output dynamic range</source>
        <translation>Dynamikumfang des Line-Ausgangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s line output &quot;Dynamic range&quot; row</source>
        <translation>im Datenblatt beim Line-Ausgang in der Zeile „Dynamikumfang“ („Dynamic range“)</translation>
    </message>
    <message>
        <source>Headphone outputs</source>
        <translation>Kopfhörerausgänge</translation>
    </message>
    <message>
        <source>Headphone output maximum level</source>
        <translation>Maximaler Pegel am Kopfhörerausgang</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone output &quot;Maximum output level&quot; row</source>
        <translation>im Datenblatt beim Kopfhörerausgang in der Zeile „Maximaler Ausgangspegel“ („Maximum output level“)</translation>
    </message>
    <message>
        <source>Load of the maximum level (blank: open circuit)</source>
        <translation>Last beim maximalen Pegel (leer: Leerlauf, ohne Last)</translation>
    </message>
    <message>
        <source>the same datasheet row</source>
        <translation>in derselben Zeile des Datenblatts</translation>
    </message>
    <message>
        <source>Headphone output impedance</source>
        <translation>Ausgangsimpedanz des Kopfhörerausgangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone &quot;Output impedance&quot; row or an independent measurement</source>
        <translation>im Datenblatt beim Kopfhörerausgang in der Zeile „Ausgangsimpedanz“ („Output impedance“) oder durch eine unabhängige Messung</translation>
    </message>
    <message>
        <source>Headphone output current limit</source>
        <translation>Strombegrenzung des Kopfhörerausgangs</translation>
    </message>
    <message>
        <source>an independent measurement</source>
        <translation>durch eine unabhängige Messung</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Nennleistung</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output power&quot; row</source>
        <translation>im Datenblatt in der Zeile „Ausgangsleistung“ („Output power“)</translation>
    </message>
    <message>
        <source>Load of the rated power</source>
        <translation>Last bei der Nennleistung</translation>
    </message>
    <message>
        <source>Second rated power</source>
        <translation>Zweite Nennleistung</translation>
    </message>
    <message>
        <source>Load of the second rated power</source>
        <translation>Last bei der zweiten Nennleistung</translation>
    </message>
    <message>
        <source>Headphone output dynamic range</source>
        <translation>Dynamikumfang des Kopfhörerausgangs</translation>
    </message>
    <message>
        <source>the datasheet&apos;s headphone &quot;Dynamic range&quot; row</source>
        <translation>im Datenblatt beim Kopfhörerausgang in der Zeile „Dynamikumfang“ („Dynamic range“)</translation>
    </message>
    <message>
        <source>Output noise</source>
        <translation>Ausgangsrauschen</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Noise&quot; row or an independent measurement</source>
        <translation>im Datenblatt in der Zeile „Rauschen“ („Noise“) oder durch eine unabhängige Messung</translation>
    </message>
    <message>
        <source>Headphone connector</source>
        <translation>Kopfhöreranschluss</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>An input per channel</source>
        <translation>Ein Eingang pro Kanal</translation>
    </message>
    <message>
        <source>Thru output</source>
        <translation>Thru-Ausgang</translation>
    </message>
    <message>
        <source>Minimum load</source>
        <translation>Mindestlast</translation>
    </message>
    <message>
        <source>Input connector</source>
        <translation>Eingangsanschluss</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Output connector</source>
        <translation>Ausgangsanschluss</translation>
    </message>
    <message>
        <source>Level change</source>
        <translation>Pegeländerung</translation>
    </message>
    <message>
        <source>the manual of the output it is plugged into</source>
        <translation>in der Bedienungsanleitung des Geräts, an dessen Ausgang es angeschlossen ist</translation>
    </message>
    <message>
        <source>Nominal impedance</source>
        <translation>Nennimpedanz</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Nominal impedance&quot; row</source>
        <translation>im Datenblatt in der Zeile „Nennimpedanz“ („Nominal impedance“)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; or &quot;SPL&quot; row (note whether it is per mW or per V)</source>
        <translation>im Datenblatt in der Zeile „Empfindlichkeit“ („Sensitivity“ oder „SPL“); achten Sie darauf, ob sie pro mW oder pro V angegeben ist</translation>
    </message>
    <message>
        <source>Sensitivity reference</source>
        <translation>Bezugsgröße der Empfindlichkeit</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row</source>
        <translation>im Datenblatt in der Zeile „Empfindlichkeit“ („Sensitivity“)</translation>
    </message>
    <message>
        <source>Maximum input power</source>
        <translation>Maximale Belastbarkeit</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Maximum input power&quot; row</source>
        <translation>im Datenblatt in der Zeile „Belastbarkeit“ („Maximum input power“)</translation>
    </message>
    <message>
        <source>Plug</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <source>Active (own amplifier)</source>
        <translation>Aktiv (eigener Verstärker)</translation>
    </message>
    <message>
        <source>Preamp gain range (span)</source>
        <translation>Vorverstärkungsbereich (Spanne)</translation>
    </message>
    <message>
        <source>Input level for the reference SPL</source>
        <translation>Eingangspegel für den Bezugsschalldruck</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input sensitivity&quot; row</source>
        <translation>die Zeile „Eingangsempfindlichkeit“ im Datenblatt</translation>
    </message>
    <message>
        <source>Reference SPL at 1 m</source>
        <translation>Bezugsschalldruck in 1 m</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Input sensitivity&quot; row (the SPL it is stated for)</source>
        <translation>die Zeile „Eingangsempfindlichkeit“ im Datenblatt (der Schalldruck, für den sie gilt)</translation>
    </message>
    <message>
        <source>Balanced input</source>
        <translation>Symmetrischer Eingang</translation>
    </message>
    <message>
        <source>Interface latency (round trip without the buffers)</source>
        <translation>Latenz des Interfaces (Hin und zurück ohne die Puffer)</translation>
    </message>
    <message>
        <source>the maker&apos;s latency table: the round trip minus the computer&apos;s input and output buffers</source>
        <translation>die Latenztabelle des Herstellers: Hin und zurück abzüglich der Ein- und Ausgangspuffer des Computers</translation>
    </message>
    <message>
        <source>USB audio from the computer</source>
        <translation>USB-Audio vom Computer</translation>
    </message>
    <message>
        <source>MIDI inputs (5-pin DIN)</source>
        <translation>MIDI-Eingänge (5-polig DIN)</translation>
    </message>
    <message>
        <source>MIDI outputs (5-pin DIN)</source>
        <translation>MIDI-Ausgänge (5-polig DIN)</translation>
    </message>
    <message>
        <source>MIDI thru</source>
        <translation>MIDI Thru</translation>
    </message>
    <message>
        <source>USB MIDI</source>
        <translation>USB-MIDI</translation>
    </message>
    <message>
        <source>Rated power per channel</source>
        <translation>Nennleistung pro Kanal</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Output power&quot; row (continuous, both channels driven)</source>
        <translation>der Zeile „Ausgangsleistung“ im Datenblatt (Dauerleistung, beide Kanäle ausgesteuert)</translation>
    </message>
    <message>
        <source>Second rated power per channel</source>
        <translation>Zweite Nennleistung pro Kanal</translation>
    </message>
    <message>
        <source>Input level for rated power</source>
        <translation>Eingangspegel für Nennleistung</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio at rated power</source>
        <translation>Signal-Rausch-Abstand bei Nennleistung</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Signal-to-noise ratio&quot; row</source>
        <translation>der Zeile „Signal-Rausch-Abstand“ im Datenblatt</translation>
    </message>
    <message>
        <source>Sensitivity at 1 m</source>
        <translation>Empfindlichkeit in 1 m</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Sensitivity&quot; row (note whether it is for 1 W or 2.83 V)</source>
        <translation>der Zeile „Empfindlichkeit“ im Datenblatt (auf 1 W oder 2,83 V bezogen?)</translation>
    </message>
    <message>
        <source>Sensitivity stated for</source>
        <translation>Empfindlichkeit angegeben für</translation>
    </message>
    <message>
        <source>Power handling (continuous)</source>
        <translation>Belastbarkeit (Dauer)</translation>
    </message>
    <message>
        <source>the datasheet&apos;s &quot;Power handling&quot; row (continuous, RMS or AES, not peak)</source>
        <translation>der Zeile „Belastbarkeit“ im Datenblatt (Dauer, RMS oder AES, nicht Spitze)</translation>
    </message>
    <message>
        <source>Aux (monitor) send</source>
        <translation>Aux-Weg (Monitor)</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <translation>%1 braucht einen Kopfhörerverstärker: An %4 fehlen %2 dB bis zu Spitzen von %3 dB SPL (erreicht werden %5 dB SPL; nötig wären %6 V, %7 mW)</translation>
    </message>
    <message>
        <source>%1 is %2 dB short of %3 dB SPL peaks even on %4 (it reaches %5 dB SPL; it needs %6 V, %7 mW): choose a more powerful amp</source>
        <translation>%1 bleibt selbst an %4 noch %2 dB unter Spitzen von %3 dB SPL (erreicht werden %5 dB SPL; nötig wären %6 V, %7 mW): Wählen Sie einen leistungsstärkeren Verstärker</translation>
    </message>
    <message>
        <source>%1 is marginal on %2: %3 dB short of %4 dB SPL peaks (it reaches %5 dB SPL). Enough for compressed music; a headphone amp would leave room to spare</source>
        <translation>%1 reicht an %2 nur knapp: %3 dB unter Spitzen von %4 dB SPL (erreicht werden %5 dB SPL). Das genügt für komprimierte Musik; ein Kopfhörerverstärker ließe reichlich Reserve</translation>
    </message>
    <message>
        <source>%1&apos;s output impedance (%2 Ω) is above 1/8 of %3&apos;s %4 Ω: the level drops %5 dB</source>
        <translation>Die Ausgangsimpedanz von %1 (%2 Ω) liegt über 1/8 der %4 Ω von %3: Der Pegel sinkt um %5 dB</translation>
    </message>
    <message>
        <source>%1 and the frequency response varies by %2 dB</source>
        <translation>%1, und der Frequenzgang schwankt um %2 dB</translation>
    </message>
    <message>
        <source>%1 and the tone may shift (add the impedance curve to compute by how much)</source>
        <translation>%1, und der Klang kann sich verändern (fügen Sie die Impedanzkurve hinzu, um das Ausmaß zu berechnen)</translation>
    </message>
    <message>
        <source>The %1 costs its %2 listeners %3 to %4 dB of level; %5 plays %6 dB louder than %7</source>
        <translation>An %1 verlieren die %2 Hörer %3 bis %4 dB Pegel; %5 ist %6 dB lauter als %7</translation>
    </message>
    <message>
        <source>%1 reaches its current limit into %2 Ω: current, not voltage, sets its maximum</source>
        <translation>%1 erreicht an %2 Ω die Strombegrenzung: Der Strom, nicht die Spannung, bestimmt hier den Maximalpegel</translation>
    </message>
    <message>
        <source>Clipping at %1 by %2 dB</source>
        <translation>Übersteuerung an %1 um %2 dB</translation>
    </message>
    <message>
        <source>Not enough preamp gain on %1: it needs %2 dB, the preamp gives at most %3 dB (%4 dB short)</source>
        <translation>Zu wenig Vorverstärkung an %1: Benötigt werden %2 dB, der Vorverstärker liefert höchstens %3 dB (%4 dB zu wenig)</translation>
    </message>
    <message>
        <source>%1. An inline preamp (about +%2 dB) fixes it</source>
        <translation>%1. Ein Inline-Vorverstärker (etwa +%2 dB) behebt das</translation>
    </message>
    <message>
        <source>%1, even with the inline preamp: move the mic closer or use a preamp with more gain</source>
        <translation>%1, selbst mit dem Inline-Vorverstärker: Stellen Sie das Mikrofon näher an die Quelle oder verwenden Sie einen Vorverstärker mit mehr Verstärkung</translation>
    </message>
    <message>
        <source>%1 records at %2 dBFS on average: raise the gain to about %3 dB</source>
        <translation>%1 nimmt im Mittel mit %2 dBFS auf: Erhöhen Sie die Verstärkung (Gain) auf etwa %3 dB</translation>
    </message>
    <message>
        <source>%1 gets no phantom power: turn on 48 V at the input it plugs into</source>
        <translation>%1 erhält keine Phantomspeisung: Schalten Sie an dem Eingang, an dem das Gerät angeschlossen ist, 48 V ein</translation>
    </message>
    <message>
        <source>Phantom power is off for the condenser %1: turn on 48 V at its input (through an inline preamp that does not pass phantom, a condenser stays silent)</source>
        <translation>Für das Kondensatormikrofon %1 ist die Phantomspeisung aus: Schalten Sie an seinem Eingang 48 V ein (hinter einem Inline-Vorverstärker, der keine Phantomspeisung weiterleitet, bleibt ein Kondensatormikrofon stumm)</translation>
    </message>
    <message>
        <source>Phantom power is on at the input of the ribbon mic %1: turn it off (on a faulty cable or patch bay it can damage a passive ribbon)</source>
        <translation>Am Eingang des Bändchenmikrofons %1 ist die Phantomspeisung eingeschaltet: Schalten Sie sie aus (bei einem defekten Kabel oder Steckfeld kann sie ein passives Bändchenmikrofon beschädigen)</translation>
    </message>
    <message>
        <source>An instrument is plugged into %1 without Hi-Z: switch on Hi-Z/INST, or the input loads the pickup and dulls its treble</source>
        <translation>An %1 ist ein Instrument ohne Hi-Z angeschlossen: Schalten Sie Hi-Z/INST ein, sonst belastet der Eingang den Tonabnehmer und dämpft die Höhen</translation>
    </message>
    <message>
        <source>Double amping: %1 feeds a headphone amp while its line outputs are free; use a line output for a cleaner, quieter signal</source>
        <translation>Doppelte Verstärkung: %1 speist einen Kopfhörerverstärker, obwohl die Line-Ausgänge frei sind; verwenden Sie einen Line-Ausgang für ein saubereres, rauschärmeres Signal</translation>
    </message>
    <message>
        <source>%1 drives a load only %2 times its output impedance (10 times or more is usual): %3 dB lost</source>
        <translation>%1 speist eine Last von nur dem %2-Fachen der Ausgangsimpedanz (üblich ist das 10-Fache oder mehr): %3 dB Verlust</translation>
    </message>
    <message>
        <source>%1 averages %2 dB SPL, over 85 dB(A): safe for about %3 a day</source>
        <translation>%1 liegt im Mittel bei %2 dB SPL, über 85 dB(A): unbedenklich für etwa %3 pro Tag</translation>
    </message>
    <message>
        <source>Audible hiss at %1: %2 dB SPL in quiet passages</source>
        <translation>Hörbares Rauschen an %1: %2 dB SPL in leisen Passagen</translation>
    </message>
    <message>
        <source>Faint hiss at %1: %2 dB SPL, heard only in a very quiet room</source>
        <translation>Leises Rauschen an %1: %2 dB SPL, nur in einem sehr ruhigen Raum hörbar</translation>
    </message>
    <message>
        <source>%1 gets %2 mW peaks, above its %3 mW maximum input power</source>
        <translation>%1 erhält Spitzen von %2 mW, mehr als die maximale Belastbarkeit von %3 mW</translation>
    </message>
    <message>
        <source>%1 drives %2 Ω, below its minimum load of %3 Ω</source>
        <translation>%1 speist %2 Ω, weniger als die Mindestlast von %3 Ω</translation>
    </message>
    <message>
        <source>%1 into %2 needs an adapter between %3 and %4</source>
        <translation>%1 an %2 benötigt einen Adapter von %3 auf %4</translation>
    </message>
    <message>
        <source>about %1 dB too %2</source>
        <translation>etwa %1 dB zu %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>%1 output from %2 into %3, a %4 input: %5</source>
        <translation>%2 liefert %1 an %3, einen Eingang für %4: %5</translation>
    </message>
    <message>
        <source>Invalid connection %1: it must run from an existing output to an existing input, and sound only reaches microphones, USB only USB</source>
        <translation>Ungültige Verbindung %1: Sie muss von einem vorhandenen Ausgang zu einem vorhandenen Eingang führen; Schall erreicht nur Mikrofone, USB nur USB</translation>
    </message>
    <message>
        <source>%1 has more than one cable; only the first counts</source>
        <translation>An %1 steckt mehr als ein Kabel; nur das erste zählt</translation>
    </message>
    <message>
        <source>%1 is part of a loop; its signal is not analysed</source>
        <translation>%1 ist Teil einer Schleife; das Signal wird nicht analysiert</translation>
    </message>
    <message>
        <source>%1 is not connected to anything that plays</source>
        <translation>%1 ist mit keiner Wiedergabequelle verbunden</translation>
    </message>
    <message>
        <source>%1 has nothing plugged into its input</source>
        <translation>Am Eingang von %1 ist nichts angeschlossen</translation>
    </message>
    <message>
        <source>Nothing plays to %1: connect a computer&apos;s playback or turn on direct monitoring</source>
        <translation>%1 erhält kein Signal: Schließen Sie die Wiedergabe eines Computers an oder schalten Sie direktes Mithören (Direct Monitoring) ein</translation>
    </message>
    <message>
        <source>%1: %2 is unknown, a typical %3 %4 is used; find it in %5</source>
        <translation>%1: „%2“ ist unbekannt, es wird der typische Wert %3 %4 angenommen; den genauen Wert finden Sie %5</translation>
    </message>
    <message>
        <source>sit closer or choose bigger monitors</source>
        <translation>setzen Sie sich näher heran oder wählen Sie größere Monitore</translation>
    </message>
    <message>
        <source>turn their level control up</source>
        <translation>drehen Sie ihren Pegelregler auf</translation>
    </message>
    <message>
        <source>%1 runs out of level first; turn their level control up</source>
        <translation>%1 ist zuerst am Ende; drehen Sie ihren Pegelregler auf</translation>
    </message>
    <message>
        <source>%1 reach %2 dB SPL at %3 m, %4 dB short of %5 dB SPL peaks: %6</source>
        <translation>%1 erreichen %2 dB SPL in %3 m, %4 dB unter %5 dB SPL Spitzenpegel: %6</translation>
    </message>
    <message>
        <source>%1 are driven %2 dB past their maximum SPL: their limiters or drivers distort; turn down</source>
        <translation>%1 werden %2 dB über ihren maximalen Schalldruck getrieben: Limiter oder Treiber verzerren; leiser stellen</translation>
    </message>
    <message>
        <source>%1 hears the inputs %2 ms late, through the computer (%3 samples at %4 Hz): </source>
        <translation>%1 hört die Eingänge %2 ms zu spät, über den Computer (%3 Samples bei %4 Hz): </translation>
    </message>
    <message>
        <source>turn on direct monitoring, or set a 32-sample buffer (%1 ms)</source>
        <translation>schalten Sie Direct Monitoring ein oder stellen Sie einen Puffer von 32 Samples ein (%1 ms)</translation>
    </message>
    <message>
        <source>set a 32-sample buffer (%1 ms)</source>
        <translation>stellen Sie einen Puffer von 32 Samples ein (%1 ms)</translation>
    </message>
    <message>
        <source>The cable from %1 to %2 is unbalanced at one end: keep it short (a few metres) and away from mains cables, or it may hum</source>
        <translation>Das Kabel von %1 zu %2 ist an einem Ende unsymmetrisch: Halten Sie es kurz (wenige Meter) und fern von Netzkabeln, sonst kann es brummen</translation>
    </message>
    <message>
        <source>%1: move closer to the microphone, or speak up</source>
        <translation>%1: Gehen Sie näher an das Mikrofon oder sprechen Sie lauter</translation>
    </message>
    <message>
        <source>The inputs of %1 clip: the peaks are %2 dB over; turn down %3 and their level control up</source>
        <translation>Die Eingänge von %1 übersteuern: Die Spitzen liegen %2 dB darüber; regeln Sie %3 herunter und ihren Pegelregler hoch</translation>
    </message>
    <message>
        <source>their power rating stops them first; sit closer or choose more sensitive speakers</source>
        <translation>ihre Belastbarkeit begrenzt zuerst; näher sitzen oder empfindlichere Lautsprecher wählen</translation>
    </message>
    <message>
        <source>%1 runs out of power first; choose a more powerful amplifier or more sensitive speakers</source>
        <translation>%1 geht zuerst die Leistung aus; einen stärkeren Verstärker oder empfindlichere Lautsprecher wählen</translation>
    </message>
    <message>
        <source>%1 are driven %2 dB past their power rating: turn %3 down before their voice coils burn</source>
        <translation>%1 werden %2 dB über ihrer Belastbarkeit betrieben: %3 leiser drehen, bevor die Schwingspulen durchbrennen</translation>
    </message>
    <message>
        <source>maximum level and output impedance</source>
        <translation>maximaler Pegel und Ausgangsimpedanz</translation>
    </message>
    <message>
        <source>maximum level</source>
        <translation>maximaler Pegel</translation>
    </message>
    <message>
        <source>output impedance</source>
        <translation>Ausgangsimpedanz</translation>
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
        <translation>Ob %1 an %2 laut genug ist, hängt von unbekannten Angaben des Kopfhörerausgangs ab (%3): mit typischen Werten %4 dB zu wenig, %5 dB Reserve, wenn er dem stärksten bekannten Ausgang seiner Art entspricht (%6)</translation>
    </message>
    <message>
        <source>%1 stays %2 dB short on %3 even if its headphone output&apos;s unknown %4 matched the strongest output of its kind known (%5)</source>
        <translation>%1 bleibt an %3 %2 dB zu leise, selbst wenn die unbekannten Angaben des Kopfhörerausgangs (%4) dem stärksten bekannten Ausgang seiner Art entsprächen (%5)</translation>
    </message>
</context>
<context>
    <name>FindingTitle</name>
    <message>
        <source>needs a headphone amp</source>
        <translation>braucht einen Kopfhörerverstärker</translation>
    </message>
    <message>
        <source>amp too weak</source>
        <translation>Verstärker zu schwach</translation>
    </message>
    <message>
        <source>marginal level</source>
        <translation>knapper Pegel</translation>
    </message>
    <message>
        <source>output impedance too high</source>
        <translation>Ausgangsimpedanz zu hoch</translation>
    </message>
    <message>
        <source>splitter loading</source>
        <translation>Belastung durch den Splitter</translation>
    </message>
    <message>
        <source>current limit</source>
        <translation>Strombegrenzung</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>not enough preamp gain</source>
        <translation>zu wenig Vorverstärkung</translation>
    </message>
    <message>
        <source>gain too low</source>
        <translation>Verstärkung zu niedrig</translation>
    </message>
    <message>
        <source>phantom power off</source>
        <translation>Phantomspeisung aus</translation>
    </message>
    <message>
        <source>phantom power on a ribbon</source>
        <translation>Phantomspeisung an einem Bändchen</translation>
    </message>
    <message>
        <source>instrument not on Hi-Z</source>
        <translation>Instrument nicht an Hi-Z</translation>
    </message>
    <message>
        <source>double amping</source>
        <translation>doppelte Verstärkung</translation>
    </message>
    <message>
        <source>bridging ratio too low</source>
        <translation>Überbrückungsverhältnis zu klein</translation>
    </message>
    <message>
        <source>loud for long listening</source>
        <translation>zu laut für langes Hören</translation>
    </message>
    <message>
        <source>audible hiss</source>
        <translation>hörbares Rauschen</translation>
    </message>
    <message>
        <source>overpowered headphones</source>
        <translation>Kopfhörer überlastet</translation>
    </message>
    <message>
        <source>load below the amp&apos;s minimum</source>
        <translation>Last unter dem Minimum des Verstärkers</translation>
    </message>
    <message>
        <source>needs an adapter</source>
        <translation>braucht einen Adapter</translation>
    </message>
    <message>
        <source>level mismatch</source>
        <translation>Pegel passen nicht zusammen</translation>
    </message>
    <message>
        <source>impossible connection</source>
        <translation>unmögliche Verbindung</translation>
    </message>
    <message>
        <source>two cables into one input</source>
        <translation>zwei Kabel in einem Eingang</translation>
    </message>
    <message>
        <source>signal loop</source>
        <translation>Signalschleife</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>kein Signal</translation>
    </message>
    <message>
        <source>estimated figure</source>
        <translation>geschätzter Wert</translation>
    </message>
    <message>
        <source>monitors too quiet</source>
        <translation>Monitore zu leise</translation>
    </message>
    <message>
        <source>monitors overloaded</source>
        <translation>Monitore übersteuert</translation>
    </message>
    <message>
        <source>unbalanced cable</source>
        <translation>unsymmetrisches Kabel</translation>
    </message>
    <message>
        <source>monitoring latency</source>
        <translation>Abhörlatenz</translation>
    </message>
    <message>
        <source>verdict rests on unknown figures</source>
        <translation>Urteil beruht auf unbekannten Angaben</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (Schätzung)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>What would fix it?</source>
        <translation>Was würde das beheben?</translation>
    </message>
</context>
<context>
    <name>Gear</name>
    <message>
        <source>&quot;%1&quot; is not a filter like impedanceOhm&gt;=250</source>
        <translation>&quot;%1&quot; ist kein Filter der Form impedanceOhm&gt;=250</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure</source>
        <translation>&quot;%1&quot; ist kein Kennwert</translation>
    </message>
</context>
<context>
    <name>GearDatabase</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Headroom gear database: %2</source>
        <translation>%1 ist keine Equipment-Datenbank von Headroom: %2</translation>
    </message>
    <message>
        <source>%1: a product with this id or this brand, model and variant exists already</source>
        <translation>%1: Ein Produkt mit dieser ID oder mit dieser Marke, diesem Modell und dieser Variante ist bereits vorhanden</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>kein Produkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Headroom understands (%2)</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als die von dieser Headroom-Version unterstützte (%2)</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Headroom understands (%3)</source>
        <translation>%1 hat die Schemaversion %2, neuer als die von dieser Headroom-Version unterstützte (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it is damaged or not a database: %1</source>
        <translation>sie ist beschädigt oder keine Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open; nothing was written</source>
        <translation>%1 wurde verschoben oder gelöscht, während sie geöffnet war; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation>die Migration kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Headroom reads version %3 and could not copy it to read it</source>
        <translation>%1 hat Schemaversion %2; dieses Headroom liest Version %3 und konnte keine Kopie zum Lesen anlegen</translation>
    </message>
</context>
<context>
    <name>GearEditor</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>das Formular</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not a number</source>
        <translation>Preis: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Level per load: &quot;%1&quot; is not a range; write ohms and volts as in 0-150: 1.25</source>
        <translation>Pegel je Last: „%1“ ist kein Bereich; schreiben Sie Ohm und Volt wie in 0-150: 1,25</translation>
    </message>
    <message>
        <source>Level per load</source>
        <translation>Pegel je Last</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Impedanzkurve</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), %1 to %2, %3 to %4 Ω</source>
        <translation>
            <numerusform>%n Punkt, %1 bis %2, %3 bis %4&#xa0;Ω</numerusform>
            <numerusform>%n Punkte, %1 bis %2, %3 bis %4&#xa0;Ω</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GearEditorDialog</name>
    <message>
        <source>Edit your gear</source>
        <translation>Eigenes Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Add your own gear</source>
        <translation>Eigenes Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>e.g. 80 ohm</source>
        <translation>z. B. 80 Ohm</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Werte von</translation>
    </message>
    <message>
        <source>the manufacturer</source>
        <translation>dem Hersteller</translation>
    </message>
    <message>
        <source>a measurement</source>
        <translation>einer Messung</translation>
    </message>
    <message>
        <source>an estimate</source>
        <translation>einer Schätzung</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Woher die Werte stammen</translation>
    </message>
    <message>
        <source>Source: the spec sheet&apos;s or measurement&apos;s web address</source>
        <translation>Quelle: Webadresse des Datenblatts oder der Messung</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>optional, for a shop</source>
        <translation>optional, für einen Laden</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>Stock note</source>
        <translation>Lagerhinweis</translation>
    </message>
    <message>
        <source>e.g. 2 in the Main Street store</source>
        <translation>z. B. 2 im Laden in der Hauptstraße</translation>
    </message>
    <message>
        <source>Level per load</source>
        <translation>Pegel je Last</translation>
    </message>
    <message>
        <source>only if the output senses its load, e.g. 0-150: 1.25; 150-1000: 3 (ohms: volts)</source>
        <translation>nur wenn der Ausgang seine Last erkennt, z. B. 0-150: 1,25; 150-1000: 3 (Ohm: Volt)</translation>
    </message>
    <message>
        <source>Import a measured impedance curve</source>
        <translation>Eine gemessene Impedanzkurve importieren</translation>
    </message>
    <message>
        <source>Measurement exports: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)</source>
        <translation>Messexporte: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Impedance curve</source>
        <translation>Impedanzkurve</translation>
    </message>
    <message>
        <source>none: the nominal impedance at every frequency</source>
        <translation>keine: die Nennimpedanz bei jeder Frequenz</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the impedance curve</source>
        <translation>Die Impedanzkurve entfernen</translation>
    </message>
</context>
<context>
    <name>GearLibrary</name>
    <message>
        <source>The gear catalog is not available: %1</source>
        <translation>Der Equipment-Katalog ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Your gear database could not be read (%1). It was kept as %2 and a new, empty one was started.</source>
        <translation>Ihre Equipment-Datenbank konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und eine neue, leere Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>Your gear database is read-only (%1): you can use your gear but not change it.</source>
        <translation>Ihre Equipment-Datenbank ist schreibgeschützt (%1): Sie können Ihr Equipment verwenden, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Your own gear is not available: %1</source>
        <translation>Ihr eigenes Equipment ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>your gear cannot be changed: its database is not writable</source>
        <translation>Ihr Equipment kann nicht geändert werden: Die Datenbank ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 exists already (%2)</source>
        <translation>%1 ist bereits vorhanden (%2)</translation>
    </message>
    <message>
        <source>my copy</source>
        <translation>meine Kopie</translation>
    </message>
    <message>
        <source>%1, my copy</source>
        <translation>%1, meine Kopie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your gear (catalog entries are edited as copies)</source>
        <translation>&quot;%1&quot; ist nicht in Ihrem Equipment (Katalogeinträge werden als Kopien bearbeitet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the catalog, which cannot be changed</source>
        <translation>&quot;%1&quot; gehört zum Katalog, der nicht geändert werden kann</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by a product in your gear</source>
        <translation>„%1“ ist bereits von einem Ihrer Geräte belegt</translation>
    </message>
    <message>
        <source>Your gear database had broken indexes; they were rebuilt from your products, and nothing was lost.</source>
        <translation>Die Datenbank Ihres Equipments hatte beschädigte Indizes; sie wurden aus Ihren Produkten neu aufgebaut, und nichts ging verloren.</translation>
    </message>
    <message>
        <source>Your own gear is not available: %1. Its file was left as it is.</source>
        <translation>Ihr eigenes Equipment ist nicht verfügbar: %1. Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>no product &quot;%1&quot;</source>
        <translation>kein Produkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a pair of headphones: only headphones have an impedance curve</source>
        <translation>%1 ist kein Kopfhörer: nur Kopfhörer haben eine Impedanzkurve</translation>
    </message>
</context>
<context>
    <name>GearPicker</name>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Equipment suchen: Marke, Modell…</translation>
    </message>
    <message>
        <source>No gear matches “%1” and keeps this device&apos;s cables</source>
        <translation>Kein Treffer für „%1“, der die Kabel dieses Geräts übernehmen kann</translation>
    </message>
    <message>
        <source>No product can take this device&apos;s place and keep its cables</source>
        <translation>Kein Produkt kann dieses Gerät ersetzen und dabei seine Kabel übernehmen</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a device to change its settings.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Gerät löschen</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennwerte</translation>
    </message>
    <message>
        <source>%1 devices selected; their settings are shown one at a time.</source>
        <translation>%1 Geräte ausgewählt; ihre Einstellungen werden einzeln gezeigt.</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Ersetzen durch …</translation>
    </message>
    <message>
        <source>Replace %1 with another product</source>
        <translation>%1 durch ein anderes Produkt ersetzen</translation>
    </message>
    <message>
        <source>Replace %1 with…</source>
        <translation>%1 ersetzen durch …</translation>
    </message>
    <message>
        <source>Headroom decides: the gain that puts the average at −18 dBFS, or the usual value</source>
        <translation>Headroom entscheidet: die Verstärkung, die den Mittelwert auf −18 dBFS legt, oder der übliche Wert</translation>
    </message>
    <message>
        <source>%1: automatic</source>
        <translation>%1: automatisch</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>All gear</source>
        <translation>Gesamtes Equipment</translation>
    </message>
    <message>
        <source>%1 dB gain</source>
        <translation>%1 dB Verstärkung</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Equipment suchen: Marke, Modell…</translation>
    </message>
    <message>
        <source>Search the gear library</source>
        <translation>Die Equipment-Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Kind of gear</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (Ihres)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Gitarre</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Add to the chain</source>
        <translation>Zur Kette hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Kopie bearbeiten …</translation>
    </message>
    <message>
        <source>Delete from your gear</source>
        <translation>Aus Ihren Geräten löschen</translation>
    </message>
    <message>
        <source>Add your own gear…</source>
        <translation>Eigenes Gerät hinzufügen …</translation>
    </message>
    <message>
        <source>The first %1 are listed: type a name to find the others.</source>
        <translation>Die ersten %1 werden angezeigt: tippen Sie einen Namen, um die übrigen zu finden.</translation>
    </message>
    <message>
        <source> (shop)</source>
        <translation> (Geschäft)</translation>
    </message>
    <message>
        <source>Share with the Shop</source>
        <translation>Mit dem Geschäft teilen</translation>
    </message>
    <message>
        <source>Remove from the Shop&apos;s Gear</source>
        <translation>Aus dem Equipment des Geschäfts entfernen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Headroom</source>
        <translation>%1 — Headroom</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Headroom-Projekte (*.headroom)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Pegel in %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Die Änderungen an %1 zuerst speichern?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Headroom did not close properly last time. Open the work that was not saved?</source>
        <translation>Headroom wurde beim letzten Mal nicht richtig beendet. Die nicht gespeicherte Arbeit öffnen?</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Arrange by Signal Flow</source>
        <translation>Nach &amp;Signalfluss anordnen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <source>Delete your gear</source>
        <translation>Eigenes Gerät löschen</translation>
    </message>
    <message>
        <source>Delete %1 from your gear? Projects that use it keep their own copy of its figures.</source>
        <translation>%1 aus Ihren Geräten löschen? Projekte, die es verwenden, behalten ihre eigene Kopie seiner Werte.</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Textbericht (*.txt)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Gear &amp;Library</source>
        <translation>Equipment-&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Inspector and Findings</source>
        <translation>&amp;Inspektor und Befunde</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>Über &amp;Headroom</translation>
    </message>
    <message>
        <source>&amp;Quick Check…</source>
        <translation>&amp;Schnellcheck…</translation>
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
        <translation>Zusammenfassung für Kunden (*.pdf)</translation>
    </message>
    <message>
        <source>Engineering report (*.pdf)</source>
        <translation>Technischer Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Engineering report as a web page (*.html)</source>
        <translation>Technischer Bericht als Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export the selected devices as a diagram</source>
        <translation>Die ausgewählten Geräte als Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export the chain as a diagram</source>
        <translation>Die Kette als Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Selection as Diagram…</source>
        <translation>&amp;Auswahl als Diagramm exportieren…</translation>
    </message>
    <message>
        <source>&amp;Plots…</source>
        <translation>&amp;Diagramme…</translation>
    </message>
    <message>
        <source>&amp;Print the Diagram…</source>
        <translation>Diagramm &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
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
        <translation>An diesem Kopfhörer spielt nichts.</translation>
    </message>
    <message>
        <source>SPL at %1&apos;s ears against the volume setting</source>
        <translation>Schalldruck an den Ohren von %1 über der Lautstärkeeinstellung</translation>
    </message>
    <message>
        <source>Volume (dB below full)</source>
        <translation>Lautstärke (dB unter voll)</translation>
    </message>
    <message>
        <source>dB SPL</source>
        <translation>dB SPL</translation>
    </message>
    <message>
        <source>peak target %1 dB SPL</source>
        <translation>Spitzenziel %1 dB SPL</translation>
    </message>
    <message>
        <source>85 dB(A): hearing risk beyond 8 h a day</source>
        <translation>85 dB(A): Gehörrisiko über 8 h am Tag</translation>
    </message>
    <message>
        <source>clips from here</source>
        <translation>übersteuert ab hier</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>peaks</source>
        <translation>Spitzen</translation>
    </message>
    <message>
        <source>Response change at %1&apos;s ears, and the headphones&apos; impedance</source>
        <translation>Frequenzgangänderung an den Ohren von %1 und die Impedanz des Kopfhörers</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>dB vs 1 kHz</source>
        <translation>dB zu 1 kHz</translation>
    </message>
    <message>
        <source>No impedance curve is known for these headphones: the change cannot be computed.</source>
        <translation>Für diesen Kopfhörer ist keine Impedanzkurve bekannt: Die Änderung lässt sich nicht berechnen.</translation>
    </message>
    <message>
        <source>Ω</source>
        <translation>Ω</translation>
    </message>
    <message>
        <source>Choose a pair of headphones.</source>
        <translation>Wählen Sie einen Kopfhörer.</translation>
    </message>
    <message>
        <source>%1: the plot could not be written: %2</source>
        <translation>%1: Das Diagramm konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>choose a file ending in .svg or .png</source>
        <translation>wählen Sie eine Datei mit der Endung .svg oder .png</translation>
    </message>
    <message>
        <source>at the ears</source>
        <translation>an den Ohren</translation>
    </message>
    <message>
        <source>Gain structure of %1&apos;s path: each stage re its clip point</source>
        <translation>Pegelplan des Wegs zu %1: jede Stufe bezogen auf ihren Übersteuerungspunkt</translation>
    </message>
    <message>
        <source>dB re the clip point</source>
        <translation>dB bezogen auf den Übersteuerungspunkt</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>no clip point</source>
        <translation>kein Übersteuerungspunkt</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>average to peak</source>
        <translation>Mittelwert bis Spitze</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>clip point, headroom above the peak</source>
        <translation>Übersteuerungspunkt, Reserve über der Spitze</translation>
    </message>
    <message>
        <source>clips first</source>
        <translation>übersteuert zuerst</translation>
    </message>
    <message>
        <source>noise floor</source>
        <translation>Grundrauschen</translation>
    </message>
</context>
<context>
    <name>PlotsWindow</name>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Save the plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kopfhörer</translation>
    </message>
    <message>
        <source>SPL against volume</source>
        <translation>Schalldruck über Lautstärke</translation>
    </message>
    <message>
        <source>Response and impedance</source>
        <translation>Frequenzgang und Impedanz</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Gain structure</source>
        <translation>Pegelplan</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Copy the plot</source>
        <translation>Diagramm kopieren</translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>sound</source>
        <translation>Schall</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingang %1</translation>
    </message>
    <message>
        <source>line input %1</source>
        <translation>Line-Eingang %1</translation>
    </message>
    <message>
        <source>USB playback</source>
        <translation>USB-Wiedergabe</translation>
    </message>
    <message>
        <source>USB out</source>
        <translation>USB-Ausgang</translation>
    </message>
    <message>
        <source>line outputs %1</source>
        <translation>Line-Ausgänge %1</translation>
    </message>
    <message>
        <source>headphone output %1</source>
        <translation>Kopfhörerausgang %1</translation>
    </message>
    <message>
        <source>channel %1 input</source>
        <translation>Eingang Kanal %1</translation>
    </message>
    <message>
        <source>thru</source>
        <translation>Thru</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgang %1</translation>
    </message>
    <message>
        <source>plug</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>MIDI in %1</source>
        <translation>MIDI In %1</translation>
    </message>
    <message>
        <source>MIDI out %1</source>
        <translation>MIDI Out %1</translation>
    </message>
    <message>
        <source>MIDI thru</source>
        <translation>MIDI Thru</translation>
    </message>
    <message>
        <source>USB MIDI</source>
        <translation>USB-MIDI</translation>
    </message>
    <message>
        <source>speaker outputs</source>
        <translation>Lautsprecherausgänge</translation>
    </message>
    <message>
        <source>speaker terminals</source>
        <translation>Lautsprecherklemmen</translation>
    </message>
    <message>
        <source>aux send</source>
        <translation>Aux-Weg</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>%1: nothing reaches these headphones</source>
        <translation>%1: Bei diesem Kopfhörer kommt nichts an</translation>
    </message>
    <message>
        <source>%1 (%2 samples)</source>
        <translation>%1 (%2 Samples)</translation>
    </message>
    <message>
        <source>%1: %2 dB SPL average (computed %3), hiss %4 dB SPL; %5</source>
        <translation>%1: %2 dB SPL im Mittel (berechnet %3), Rauschen %4 dB SPL; %5</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>keine Übersteuerung</translation>
    </message>
    <message>
        <source>clips at %1</source>
        <translation>übersteuert bei %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Add headphones to the chain to hear what they would play</source>
        <translation>Fügen Sie der Kette einen Kopfhörer hinzu, um zu hören, was er spielen würde</translation>
    </message>
    <message>
        <source>%1 has no headphones to compare with</source>
        <translation>%1 enthält keinen Kopfhörer zum Vergleichen</translation>
    </message>
    <message>
        <source>The source&apos;s programme</source>
        <translation>Programm der Quelle</translation>
    </message>
    <message>
        <source>Your own audio file</source>
        <translation>Eigene Audiodatei</translation>
    </message>
    <message>
        <source>Choose an audio file to play through the chain</source>
        <translation>Wählen Sie eine Audiodatei, die durch die Kette spielen soll</translation>
    </message>
    <message>
        <source>There is no audio output on this computer; export the preview to a file instead</source>
        <translation>Dieser Computer hat keine Audioausgabe; exportieren Sie die Vorschau stattdessen in eine Datei</translation>
    </message>
    <message>
        <source>%1 cannot play %2 Hz stereo; export the preview to a file instead</source>
        <translation>%1 kann %2 Hz Stereo nicht abspielen; exportieren Sie die Vorschau stattdessen in eine Datei</translation>
    </message>
    <message>
        <source>Render the preview before exporting it</source>
        <translation>Berechnen Sie die Vorschau, bevor Sie sie exportieren</translation>
    </message>
    <message>
        <source> — the analysis finds headroom there: it assumes the programme&apos;s typical peaks and adds the peaks of mixed sources in power; these peaks go higher</source>
        <translation> — die Analyse findet dort Reserve: Sie nimmt typische Spitzen des Programms an und addiert die Spitzen gemischter Quellen nach ihrer Leistung; diese Spitzen liegen höher</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose audio to play through the chain</source>
        <translation>Audio wählen, das durch die Kette spielen soll</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff)</source>
        <translation>Audiodateien (*.wav *.flac *.ogg *.aif *.aiff)</translation>
    </message>
    <message>
        <source>Choose a saved variant to compare with</source>
        <translation>Gespeicherte Variante zum Vergleich wählen</translation>
    </message>
    <message>
        <source>Headroom projects (*.headroom)</source>
        <translation>Headroom-Projekte (*.headroom)</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <source>WAV, 32-bit float (*.wav)</source>
        <translation>WAV, 32 Bit Gleitkomma (*.wav)</translation>
    </message>
    <message>
        <source>FLAC, 24-bit (*.flac)</source>
        <translation>FLAC, 24 Bit (*.flac)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>No headphones in the chain</source>
        <translation>Kein Kopfhörer in der Kette</translation>
    </message>
    <message>
        <source>Listener to preview</source>
        <translation>Hörer für die Vorschau</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Full scale =</source>
        <translation>Vollaussteuerung =</translation>
    </message>
    <message>
        <source>The SPL a full-scale sine plays at</source>
        <translation>Schalldruckpegel eines vollausgesteuerten Sinus</translation>
    </message>
    <message>
        <source>Set your playback volume so a full-scale sine would play at this SPL; then the preview is as loud as the chain.</source>
        <translation>Stellen Sie die Wiedergabelautstärke so ein, dass ein vollausgesteuerter Sinus mit diesem Schalldruckpegel spielt; dann ist die Vorschau so laut wie die Kette.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>A: this chain</source>
        <translation>A: diese Kette</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>B: none</source>
        <translation>B: keine</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit …</translation>
    </message>
    <message>
        <source>Level-match B</source>
        <translation>B pegelangleichen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No audio output found: render and export to a file to listen elsewhere.</source>
        <translation>Keine Audioausgabe gefunden: Berechnen und in eine Datei exportieren, um anderswo zu hören.</translation>
    </message>
    <message>
        <source>%1 dB SPL</source>
        <translation>%1 dB SPL</translation>
    </message>
    <message>
        <source>A saved project…</source>
        <translation>Ein gespeichertes Projekt…</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>&quot;%1&quot; is not an id of lowercase letters, digits and hyphens</source>
        <translation>&quot;%1&quot; ist keine ID aus Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has no source</source>
        <translation>hat keine Quelle</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>Quelle &quot;%1&quot; ist keine Webadresse</translation>
    </message>
    <message>
        <source>a rated power needs its load, and a load its power</source>
        <translation>eine Nennleistung erfordert die zugehörige Last und eine Last die zugehörige Leistung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 too</source>
        <translation>&quot;%1&quot; wird auch von %2 verwendet</translation>
    </message>
    <message>
        <source>the same brand, model and variant as %1</source>
        <translation>dieselbe Marke, dasselbe Modell und dieselbe Variante wie %1</translation>
    </message>
    <message>
        <source>provenance &quot;%1&quot; is not manufacturer, measurement or estimate</source>
        <translation>Herkunft &quot;%1&quot; ist nicht manufacturer, measurement oder estimate</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a product object</source>
        <translation>Produktobjekt erwartet</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>unbekannte Spalte</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2</source>
        <translation>%1 Zellen statt %2 wie in der Kopfzeile</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the catalog carries no prices or stock notes; add them to your own gear</source>
        <translation>der Katalog enthält keine Preise oder Lagerhinweise; tragen Sie sie bei Ihren eigenen Geräten ein</translation>
    </message>
    <message>
        <source>%1 is not a price</source>
        <translation>%1 ist kein Preis</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter code such as EUR or USD</source>
        <translation>die Währung „%1“ ist kein dreibuchstabiger Code wie EUR oder USD</translation>
    </message>
    <message>
        <source>needs an amount and a currency: {&quot;amount&quot;: 249, &quot;currency&quot;: &quot;EUR&quot;}</source>
        <translation>braucht einen Betrag und eine Währung: {&quot;amount&quot;: 249, &quot;currency&quot;: &quot;EUR&quot;}</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is an IP address; cite the maker&apos;s or publisher&apos;s own web address</source>
        <translation>Quelle „%1“ ist eine IP-Adresse; nennen Sie die eigene Webadresse des Herstellers oder Verlags</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Pink noise</source>
        <translation>Rosa Rauschen</translation>
    </message>
    <message>
        <source>1 kHz tone</source>
        <translation>1-kHz-Ton</translation>
    </message>
    <message>
        <source>Sweep 20 Hz–20 kHz</source>
        <translation>Sinus-Sweep 20 Hz–20 kHz</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Choose where to save the project first</source>
        <translation>Wählen Sie zuerst aus, wo das Projekt gespeichert werden soll</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; in the gear library</source>
        <translation>Kein Produkt &quot;%1&quot; in der Equipment-Bibliothek</translation>
    </message>
    <message>
        <source>Unknown kind of device &quot;%1&quot;</source>
        <translation>Unbekannter Gerätetyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>about %1 dB too low for this input</source>
        <translation>etwa %1 dB zu niedrig für diesen Eingang</translation>
    </message>
    <message>
        <source>about %1 dB too hot for this input</source>
        <translation>etwa %1 dB zu hoch für diesen Eingang</translation>
    </message>
    <message>
        <source>adapter %1 → %2</source>
        <translation>Adapter %1 → %2</translation>
    </message>
    <message>
        <source>unknown — a typical value is used</source>
        <translation>unbekannt — ein typischer Wert wird verwendet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1: Der Bericht konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A variant needs a name</source>
        <translation>Eine Variante braucht einen Namen</translation>
    </message>
    <message>
        <source>Another variant is called &quot;%1&quot;</source>
        <translation>Eine andere Variante heißt bereits „%1“</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <source>The shop&apos;s server is out of reach: %1. Save the project to a file for now.</source>
        <translation>Der Server des Geschäfts ist nicht erreichbar: %1. Speichern Sie das Projekt vorerst in eine Datei.</translation>
    </message>
    <message>
        <source>No shop server is set up: see Settings, Shared gear and projects.</source>
        <translation>Es ist kein Server des Geschäfts eingerichtet: siehe Einstellungen, Gemeinsames Equipment und Projekte.</translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <extracomment>%1 login, %2 date and time</extracomment>
        <translation>gespeichert von %1, %2</translation>
    </message>
    <message>
        <source>Choose what plays the sound first</source>
        <translation>Wählen Sie zuerst, was den Klang wiedergibt</translation>
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
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannter Gerätetyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a figure of a device of kind &quot;%1&quot;</source>
        <translation>ist kein Kennwert für Geräte der Art &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected [hertz, ohms] or [hertz, ohms, phase in degrees]</source>
        <translation>[Hertz, Ohm] oder [Hertz, Ohm, Phase in Grad] erwartet</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; has no port &quot;%2&quot;</source>
        <translation>Gerät &quot;%1&quot; hat keinen Anschluss &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected &quot;device.port&quot;</source>
        <translation>&quot;device.port&quot; erwartet</translation>
    </message>
    <message>
        <source>no device &quot;%1&quot;</source>
        <translation>kein Gerät &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an input, a cable starts at an output</source>
        <translation>&quot;%1&quot; ist ein Eingang, ein Kabel beginnt an einem Ausgang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an output, a cable ends at an input</source>
        <translation>&quot;%1&quot; ist ein Ausgang, ein Kabel endet an einem Eingang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Headroom project</source>
        <translation>&quot;%1&quot; ist kein Headroom-Projekt</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>the file was saved by a newer Headroom (format version %1); this version reads format %2 and older: please update Headroom</source>
        <translation>die Datei wurde mit einer neueren Headroom-Version gespeichert (Formatversion %1); diese Version liest Format %2 und älter: Bitte aktualisieren Sie Headroom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, - and _</source>
        <translation>&quot;%1&quot; darf nur Buchstaben, Ziffern, - und _ enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another device</source>
        <translation>&quot;%1&quot; wird bereits von einem anderen Gerät verwendet</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1: ungültiges JSON (%2): %3</translation>
    </message>
    <message>
        <source>%1: $: expected a JSON object</source>
        <translation>%1: $: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: saving failed, the previous file is unchanged: %2</source>
        <translation>%1: Speichern fehlgeschlagen, die bisherige Datei bleibt unverändert: %2</translation>
    </message>
    <message>
        <source>%1 is outside %2…%3 %4</source>
        <translation>%1 liegt außerhalb von %2…%3 %4</translation>
    </message>
    <message>
        <source>needs at least one variant</source>
        <translation>braucht mindestens eine Variante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another variant</source>
        <translation>„%1“ wird von einer anderen Variante verwendet</translation>
    </message>
    <message>
        <source>no variant is named &quot;%1&quot;</source>
        <translation>keine Variante heißt „%1“</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>expected [from ohms, to ohms, volts]</source>
        <translation>[von Ohm, bis Ohm, Volt] erwartet</translation>
    </message>
    <message>
        <source>expected speech, music, pink-noise, tone or sweep</source>
        <translation>speech, music, pink-noise, tone oder sweep erwartet</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
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
            <numerusform>%n Kopfhörer</numerusform>
            <numerusform>%n Kopfhörer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listeners</source>
        <translation>
            <numerusform>%n Hörer</numerusform>
            <numerusform>%n Hörer</numerusform>
        </translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>DAW playback</source>
        <translation>DAW-Wiedergabe</translation>
    </message>
    <message>
        <source>%1 is a headphone amp: choose what feeds it (an interface, computer or phone) as the source, and the amp as the amp</source>
        <translation>%1 ist ein Kopfhörerverstärker: Wählen Sie als Quelle, was ihn speist (ein Interface, einen Computer oder ein Telefon), und ihn selbst als Verstärker</translation>
    </message>
    <message>
        <source>%1 does not play into headphones: start from an audio interface, a mixer, a USB microphone, a computer or a phone</source>
        <translation>%1 spielt nicht in Kopfhörer: Beginnen Sie mit einem Audio-Interface, einem Mischpult, einem USB-Mikrofon, einem Computer oder einem Telefon</translation>
    </message>
    <message>
        <source>Choose at least one pair of headphones or monitors</source>
        <translation>Wählen Sie mindestens ein Paar Kopfhörer oder Monitore</translation>
    </message>
    <message>
        <source>%1 is neither headphones nor studio monitors</source>
        <translation>%1 ist weder ein Kopfhörer noch ein Studiomonitor</translation>
    </message>
    <message>
        <source>%1 is not a microphone</source>
        <translation>%1 ist kein Mikrofon</translation>
    </message>
    <message>
        <source>%1 has no microphone input: a microphone needs an audio interface or a mixer</source>
        <translation>%1 hat keinen Mikrofoneingang: Ein Mikrofon braucht ein Audio-Interface oder ein Mischpult</translation>
    </message>
    <message>
        <source>%1 has no free output for %2</source>
        <translation>%1 hat keinen freien Ausgang für %2</translation>
    </message>
    <message>
        <source>%1 has no headphone output: add a headphone amp</source>
        <translation>%1 hat keinen Kopfhörerausgang: Fügen Sie einen Kopfhörerverstärker hinzu</translation>
    </message>
    <message>
        <source>%1 has no analogue output to feed the amp</source>
        <translation>%1 hat keinen analogen Ausgang, der den Verstärker speisen könnte</translation>
    </message>
    <message>
        <source>No splitter in the catalog has %1 outputs: use a distribution amp</source>
        <translation>Kein Splitter im Katalog hat %1 Ausgänge: Nehmen Sie einen Verteilverstärker</translation>
    </message>
    <message>
        <source>Listener %1</source>
        <translation>Hörer %1</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 is neither a headphone amp nor a power amplifier</source>
        <translation>%1 ist weder ein Kopfhörerverstärker noch ein Endverstärker</translation>
    </message>
    <message>
        <source>%1 are passive speakers: choose the power amplifier that drives them as the amp</source>
        <translation>%1 sind passive Lautsprecher: den Endverstärker, der sie antreibt, als Verstärker wählen</translation>
    </message>
    <message>
        <source>%1 drives one pair of passive speakers: choose one pair</source>
        <translation>%1 treibt ein Paar passiver Lautsprecher: ein Paar wählen</translation>
    </message>
</context>
<context>
    <name>QuickCheckDialog</name>
    <message>
        <source>1. What plays the sound?</source>
        <translation>1. Was spielt den Ton ab?</translation>
    </message>
    <message>
        <source>4. A microphone?</source>
        <translation>4. Ein Mikrofon?</translation>
    </message>
    <message>
        <source>Quick check: what do you have?</source>
        <translation>Schnellcheck: Was haben Sie?</translation>
    </message>
    <message>
        <source>Audio interface</source>
        <translation>Audio-Interface</translation>
    </message>
    <message>
        <source>Computer or phone</source>
        <translation>Computer oder Telefon</translation>
    </message>
    <message>
        <source>Search gear: brand, model…</source>
        <translation>Geräte suchen: Marke, Modell…</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Noch nichts gewählt</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your audio interface, mixer or USB microphone, or the headphone jack of your computer or phone.</source>
        <translation>Ihr Audio-Interface, Mischpult oder USB-Mikrofon, oder der Kopfhörerausgang Ihres Computers oder Telefons.</translation>
    </message>
    <message>
        <source>Only if you record or talk: it goes into the first input.</source>
        <translation>Nur wenn Sie aufnehmen oder sprechen: Es kommt an den ersten Eingang.</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>Mischpult</translation>
    </message>
    <message>
        <source>USB microphone</source>
        <translation>USB-Mikrofon</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kopfhörer</translation>
    </message>
    <message>
        <source>Studio monitors</source>
        <translation>Studiomonitore</translation>
    </message>
    <message>
        <source>2. An amplifier?</source>
        <translation>2. Ein Verstärker?</translation>
    </message>
    <message>
        <source>3. Your headphones, monitors or speakers</source>
        <translation>3. Ihre Kopfhörer, Monitore oder Lautsprecher</translation>
    </message>
    <message>
        <source>Only if you have one: a headphone amp, or the power amplifier of passive speakers. It is fed from the line outputs.</source>
        <translation>Nur wenn Sie einen haben: ein Kopfhörerverstärker oder der Endverstärker passiver Lautsprecher. Er wird von den Line-Ausgängen gespeist.</translation>
    </message>
    <message>
        <source>Click each pair that will be listening; click a pair twice for two of the same. Monitors take the line outputs, passive speakers the power amplifier.</source>
        <translation>Klicken Sie jedes Paar an, das zuhören wird; zweimal für zwei gleiche. Monitore kommen an die Line-Ausgänge, passive Lautsprecher an den Endverstärker.</translation>
    </message>
    <message>
        <source>Headphone amp</source>
        <translation>Kopfhörerverstärker</translation>
    </message>
    <message>
        <source>Power amplifier</source>
        <translation>Endverstärker</translation>
    </message>
    <message>
        <source>Passive speakers</source>
        <translation>Passive Lautsprecher</translation>
    </message>
</context>
<context>
    <name>RenameVariantDialog</name>
    <message>
        <source>Rename variant</source>
        <translation>Variante umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: unsupported audio format &quot;%2&quot; (use WAV, FLAC, OGG or AIFF)</source>
        <translation>%1: nicht unterstütztes Audioformat &quot;%2&quot; (verwenden Sie WAV, FLAC, OGG oder AIFF)</translation>
    </message>
    <message>
        <source>%1: not a readable audio file (%2)</source>
        <translation>%1: keine lesbare Audiodatei (%2)</translation>
    </message>
    <message>
        <source>%1: unusable audio format (%2 channels at %3 Hz)</source>
        <translation>%1: unbrauchbares Audioformat (%2 Kanäle bei %3 Hz)</translation>
    </message>
    <message>
        <source>%1: damaged audio file (%2)</source>
        <translation>%1: beschädigte Audiodatei (%2)</translation>
    </message>
    <message>
        <source>%1: the file holds no audio</source>
        <translation>%1: die Datei enthält kein Audio</translation>
    </message>
    <message>
        <source>%1: unsupported output format &quot;%2&quot; (use .wav or .flac)</source>
        <translation>%1: nicht unterstütztes Ausgabeformat &quot;%2&quot; (verwenden Sie .wav oder .flac)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: frame %2 holds a sample that is not a number (NaN or infinite); the file is damaged or was not written as audio</source>
        <translation>%1: Frame %2 enthält einen Abtastwert, der keine Zahl ist (NaN oder unendlich); die Datei ist beschädigt oder wurde nicht als Audio geschrieben</translation>
    </message>
    <message>
        <source>%1 is truncated: its header promises more audio than the file holds; the preview plays the %2 s that are there</source>
        <translation>%1 ist abgeschnitten: der Dateikopf verspricht mehr Audio, als die Datei enthält; die Vorschau spielt die vorhandenen %2 s</translation>
    </message>
    <message>
        <source>%1: cannot write (%2), the previous file is unchanged</source>
        <translation>%1: kann nicht geschrieben werden (%2), die bisherige Datei ist unverändert</translation>
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
        <translation> (Schätzung: einige Werte sind typische Annahmen)</translation>
    </message>
    <message>
        <source>%1: not connected to anything that plays</source>
        <translation>%1: mit keiner Wiedergabequelle verbunden</translation>
    </message>
    <message>
        <source>%1: OK — up to %2 dB SPL, %3 dB above the %4 dB SPL peak target%5</source>
        <translation>%1: OK — bis zu %2 dB SPL, %3 dB über dem Ziel-Spitzenpegel von %4 dB SPL%5</translation>
    </message>
    <message>
        <source>%1: marginal — up to %2 dB SPL, %3 dB short of the %4 dB SPL peak target%5</source>
        <translation>%1: knapp — bis zu %2 dB SPL, %3 dB unter dem Ziel-Spitzenpegel von %4 dB SPL%5</translation>
    </message>
    <message>
        <source>%1: %2 — up to %3 dB SPL, %4 dB short of the %5 dB SPL peak target (needs %6 V, %7 mW)%8</source>
        <translation>%1: %2 — bis zu %3 dB SPL, %4 dB unter dem Ziel-Spitzenpegel von %5 dB SPL (benötigt %6 V, %7 mW)%8</translation>
    </message>
    <message>
        <source>needs a more powerful amp</source>
        <translation>braucht einen leistungsstärkeren Verstärker</translation>
    </message>
    <message>
        <source>needs a headphone amp</source>
        <translation>braucht einen Kopfhörerverstärker</translation>
    </message>
    <message>
        <source>Headroom analysis</source>
        <translation>Headroom-Analyse</translation>
    </message>
    <message>
        <source>Headroom analysis: %1</source>
        <translation>Headroom-Analyse: %1</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <source>  (no headphones in this chain)</source>
        <translation>  (keine Kopfhörer in dieser Kette)</translation>
    </message>
    <message>
        <source>      sensitivity %1 dB SPL/V at %2 Ω; source %3 Ω, damping factor %4; hiss %5 dB SPL</source>
        <translation>      Empfindlichkeit %1 dB SPL/V bei %2 Ω; Quellimpedanz %3 Ω, Dämpfungsfaktor %4; Rauschen %5 dB SPL</translation>
    </message>
    <message>
        <source>; response %1…%2 dB (20 Hz–20 kHz)</source>
        <translation>; Frequenzgang %1…%2 dB (20 Hz–20 kHz)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (Schätzung)</translation>
    </message>
    <message>
        <source>Levels per stage (RMS; headroom from the programme&apos;s peaks to each stage&apos;s clip point)</source>
        <translation>Pegel je Stufe (Effektivwert; Reserve von den Programmspitzen bis zur Übersteuerungsgrenze jeder Stufe)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <source>Load Ω</source>
        <translation>Last Ω</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
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
        <translation>~ kennzeichnet Werte, die auf typischen Annahmen für unbekannte Daten beruhen.</translation>
    </message>
    <message>
        <source>Parts list</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>  (no products)</source>
        <translation>  (keine Produkte)</translation>
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
        <translation>knapp</translation>
    </message>
    <message>
        <source>needs an amp</source>
        <translation>braucht einen Verstärker</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <source>%1: the report could not be written: %2</source>
        <translation>%1: Der Bericht konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Loud enough, with %1 dB to spare.</source>
        <translation>Laut genug, mit %1 dB Reserve.</translation>
    </message>
    <message>
        <source>Only just loud enough: %1 dB short for loud peaks. Fine for compressed music; a headphone amp would leave room to spare.</source>
        <translation>Gerade noch laut genug: %1 dB zu wenig für laute Spitzen. Gut für komprimierte Musik; ein Kopfhörerverstärker ließe Reserve.</translation>
    </message>
    <message>
        <source>Too quiet: %1 dB short. These headphones need a headphone amp (or a stronger one).</source>
        <translation>Zu leise: %1 dB zu wenig. Dieser Kopfhörer braucht einen Kopfhörerverstärker (oder einen stärkeren).</translation>
    </message>
    <message>
        <source>Not connected to anything that plays.</source>
        <translation>Mit nichts verbunden, das abspielt.</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>still</translation>
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
        <translation>Signalkette</translation>
    </message>
    <message>
        <source>Drawn by Headroom</source>
        <translation>Gezeichnet von Headroom</translation>
    </message>
    <message>
        <source>%1: the diagram could not be written: %2</source>
        <translation>%1: Das Diagramm konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>choose a file ending in .svg, .png or .pdf</source>
        <translation>wählen Sie eine Datei mit der Endung .svg, .png oder .pdf</translation>
    </message>
    <message>
        <source>the scale must lie between 0 and 8</source>
        <translation>der Maßstab muss zwischen 0 und 8 liegen</translation>
    </message>
    <message>
        <source>Figures from:</source>
        <translation>Werte aus:</translation>
    </message>
    <message>
        <source>Will each listener hear it loud enough?</source>
        <translation>Hört es jeder Hörer laut genug?</translation>
    </message>
    <message>
        <source>There are no headphones in this chain.</source>
        <translation>In dieser Kette gibt es keinen Kopfhörer.</translation>
    </message>
    <message>
        <source>Your signal chain</source>
        <translation>Ihre Signalkette</translation>
    </message>
    <message>
        <source>Summary, %1</source>
        <translation>Zusammenfassung, %1</translation>
    </message>
    <message>
        <source>Engineering report, %1</source>
        <translation>Technischer Bericht, %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>The signal chain, with the level on each cable</source>
        <translation>Die Signalkette mit dem Pegel auf jedem Kabel</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Was das beheben würde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Kabelliste</translation>
    </message>
    <message>
        <source>%1 → %2: %3 plug into %4 socket, %5, %6</source>
        <translation>%1 → %2: %3-Stecker in %4-Buchse, %5, %6</translation>
    </message>
    <message>
        <source>; needs an adapter %1</source>
        <translation>; braucht einen Adapter %1</translation>
    </message>
    <message>
        <source>Levels per stage</source>
        <translation>Pegel je Stufe</translation>
    </message>
    <message>
        <source>Figures marked as estimates rest on typical values where a product&apos;s own are not published. Made with Headroom.</source>
        <translation>Als Schätzung markierte Werte beruhen auf typischen Werten, wo ein Produkt seine eigenen nicht veröffentlicht. Erstellt mit Headroom.</translation>
    </message>
    <message>
        <source>choose a file ending in .pdf or .html</source>
        <translation>wählen Sie eine Datei mit der Endung .pdf oder .html</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variante: %1</translation>
    </message>
    <message>
        <source>Print the diagram</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>zu leise</translation>
    </message>
    <message>
        <source>%1: too quiet — up to %2 dB SPL at %3 m, %4 dB short of the %5 dB SPL peak target%6</source>
        <translation>%1: zu leise – bis %2 dB SPL in %3 m, %4 dB unter dem Spitzenziel von %5 dB SPL%6</translation>
    </message>
    <message>
        <source>Only just loud enough: %1 dB short for loud peaks at the listening distance.</source>
        <translation>Gerade laut genug: %1 dB zu wenig für laute Spitzen in der Hörentfernung.</translation>
    </message>
    <message>
        <source>Too quiet: %1 dB short at the listening distance. Sit closer, or choose louder monitors.</source>
        <translation>Zu leise: %1 dB zu wenig in der Hörentfernung. Setzen Sie sich näher heran oder wählen Sie lautere Monitore.</translation>
    </message>
    <message>
        <source>the volume (%1 dB) is set for the target</source>
        <translation>die Lautstärke (%1 dB) ist auf das Ziel eingestellt</translation>
    </message>
    <message>
        <source>the target is out of reach: at this volume (%1 dB) the peaks already reach the most it gives, %2 dB SPL</source>
        <translation>das Ziel ist unerreichbar: bei dieser Lautstärke (%1 dB) erreichen die Spitzen bereits das Maximum, %2 dB SPL</translation>
    </message>
    <message>
        <source>for the target set the volume to %1 dB</source>
        <translation>für das Ziel die Lautstärke auf %1 dB stellen</translation>
    </message>
    <message>
        <source>the target is out of reach: at %1 dB of volume the peaks reach the most it gives, %2 dB SPL</source>
        <translation>das Ziel ist unerreichbar: bei %1 dB Lautstärke erreichen die Spitzen das Maximum, %2 dB SPL</translation>
    </message>
    <message>
        <source>the target is %1 dB beyond this volume control: raise the level earlier in the chain</source>
        <translation>das Ziel liegt %1 dB jenseits dieses Lautstärkereglers: den Pegel früher in der Kette anheben</translation>
    </message>
    <message>
        <source>the target is out of reach, and the most it gives (%1 dB SPL) is %2 dB beyond this volume control: raise the level earlier in the chain</source>
        <translation>das Ziel ist unerreichbar, und das Maximum (%1 dB SPL) liegt %2 dB jenseits dieses Lautstärkereglers: den Pegel früher in der Kette anheben</translation>
    </message>
    <message>
        <source>      now: %1 dB SPL average, %2 dB SPL peaks; %3</source>
        <translation>      jetzt: %1 dB SPL Mittel, %2 dB SPL Spitzen; %3</translation>
    </message>
    <message>
        <source>; response flat within 0.1 dB (20 Hz–20 kHz)</source>
        <translation>; Frequenzgang linear innerhalb 0,1 dB (20 Hz–20 kHz)</translation>
    </message>
    <message>
        <source>Unsure: %1 dB short if the output is as weak as a typical one, %2 dB to spare if it is as strong as the strongest of its kind known. Its headphone output&apos;s maximum level, from the manual, decides.</source>
        <translation>Unsicher: %1 dB zu wenig, wenn der Ausgang so schwach ist wie ein typischer, %2 dB Reserve, wenn er so stark ist wie der stärkste bekannte seiner Art. Den Ausschlag gibt der maximale Pegel des Kopfhörerausgangs laut Handbuch.</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
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
        <translation>Direktes Mithören</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>Distance to the mic</source>
        <translation>Abstand zum Mikrofon</translation>
    </message>
    <message>
        <source>Programme level</source>
        <translation>Programmpegel</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <source>Peak target</source>
        <translation>Spitzenpegel-Ziel</translation>
    </message>
    <message>
        <source>Level measured at</source>
        <translation>Pegel gemessen in</translation>
    </message>
    <message>
        <source>Playing level</source>
        <translation>Spielpegel</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Crestfaktor</translation>
    </message>
    <message>
        <source>Monitor the inputs through the computer</source>
        <translation>Eingänge über den Computer abhören</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Listening distance</source>
        <translation>Hörentfernung</translation>
    </message>
    <message>
        <source>Room allowance</source>
        <translation>Raumzuschlag</translation>
    </message>
    <message>
        <source>Both speakers play</source>
        <translation>Beide Lautsprecher spielen</translation>
    </message>
    <message>
        <source>Level control</source>
        <translation>Pegelregler</translation>
    </message>
    <message>
        <source>Fader</source>
        <translation>Fader</translation>
    </message>
    <message>
        <source>Aux send</source>
        <translation>Aux-Weg</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Shop name on reports</source>
        <translation>Name des Geschäfts auf Berichten</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Leer lassen für keinen</translation>
    </message>
    <message>
        <source>Shared gear and projects</source>
        <translation>Gemeinsames Equipment und Projekte</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>Server des Geschäfts</translation>
    </message>
    <message>
        <source>postgresql://staff@shop.example/headroom</source>
        <extracomment>an example of the address; keep its form, postgresql://user@host/database</extracomment>
        <translation>postgresql://personal@geschaeft.example/headroom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass, or none</source>
        <translation>Leer: aus ~/.pgpass oder keines</translation>
    </message>
    <message>
        <source>Remember the password in the system&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Forget This Server</source>
        <translation>Diesen Server vergessen</translation>
    </message>
</context>
<context>
    <name>SharedLink</name>
    <message>
        <source>the local copy of the shop&apos;s gear (%1) cannot be read: %2</source>
        <translation>die lokale Kopie des Equipments des Geschäfts (%1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a copy this Headroom writes</source>
        <translation>keine Kopie, wie dieses Headroom sie schreibt</translation>
    </message>
    <message>
        <source>%1 has no revision</source>
        <translation>%1 hat keine Revision</translation>
    </message>
    <message>
        <source>cannot keep a local copy of the shop&apos;s gear in %1: %2</source>
        <translation>in %1 kann keine lokale Kopie des Equipments des Geschäfts abgelegt werden: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2: %n shared product(s)</source>
        <extracomment>%1 the server&apos;s address, %2 the login, %n how many products the shop shares</extracomment>
        <translation>
            <numerusform>Verbunden mit %1 als %2: %n gemeinsames Produkt</numerusform>
            <numerusform>Verbunden mit %1 als %2: %n gemeinsame Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, without the shop&apos;s gear: %1</source>
        <extracomment>%1 why the server could not be used</extracomment>
        <translation>Offline, ohne das Equipment des Geschäfts: %1</translation>
    </message>
    <message>
        <source>Working offline with the shop&apos;s gear as fetched %2: %1</source>
        <extracomment>%1 why the server could not be used, %2 when the copy was fetched</extracomment>
        <translation>Offline mit dem Equipment des Geschäfts, Stand %2: %1</translation>
    </message>
</context>
<context>
    <name>SharedProjectsDialog</name>
    <message>
        <source>Open from the shop&apos;s server</source>
        <translation>Vom Server des Geschäfts öffnen</translation>
    </message>
    <message>
        <source>The shop has no shared projects yet.</source>
        <translation>Das Geschäft hat noch keine gemeinsamen Projekte.</translation>
    </message>
</context>
<context>
    <name>SharedServer</name>
    <message>
        <source>no product on the server has the id %1</source>
        <translation>kein Produkt auf dem Server hat die ID %1</translation>
    </message>
    <message>
        <source>the server lets this login read only: %1</source>
        <translation>der Server erlaubt dieser Anmeldung nur das Lesen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: write postgresql://user@host:port/database</source>
        <translation>„%1“ ist keine Serveradresse: schreiben Sie postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>the address holds a password; give it when asked, or in ~/.pgpass, never in the address</source>
        <translation>die Adresse enthält ein Passwort; geben Sie es ein, wenn danach gefragt wird, oder in ~/.pgpass, nie in der Adresse</translation>
    </message>
    <message>
        <source>the address names no host: %1</source>
        <translation>die Adresse nennt keinen Host: %1</translation>
    </message>
    <message>
        <source>the address names no user: %1</source>
        <translation>die Adresse nennt keinen Benutzer: %1</translation>
    </message>
    <message>
        <source>the address names no database: %1</source>
        <translation>die Adresse nennt keine Datenbank: %1</translation>
    </message>
    <message>
        <source>the address has options Headroom does not take: %1</source>
        <translation>die Adresse hat Optionen, die Headroom nicht annimmt: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Headroom understands (%3)</source>
        <translation>%1 hat die Schemaversion %2, neuer als die von dieser Headroom-Version unterstützte (%3)</translation>
    </message>
    <message>
        <source>%1 has schema version %2; run &apos;headroom-cli server migrate&apos; to bring it to %3</source>
        <translation>%1 hat Schemaversion %2; führen Sie „headroom-cli server migrate“ aus, um auf %3 zu kommen</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the server has schema version %1, newer than this Headroom understands (%2)</source>
        <translation>der Server hat Schemaversion %1, neuer als dieses Headroom versteht (%2)</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no project on the server has the id %1</source>
        <translation>kein Projekt auf dem Server hat die ID %1</translation>
    </message>
    <message>
        <source>the project was deleted from the server since it was opened</source>
        <translation>das Projekt wurde vom Server gelöscht, seit es geöffnet wurde</translation>
    </message>
    <message>
        <source>%1 saved this project at %2, after you opened it</source>
        <translation>%1 hat dieses Projekt am %2 gespeichert, nachdem Sie es geöffnet haben</translation>
    </message>
</context>
<context>
    <name>ShopDialogs</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Save to the shop&apos;s server as a copy</source>
        <translation>Als Kopie auf dem Server des Geschäfts speichern</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Name auf dem Server</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>%1.
Nothing was saved. Open their version (your changes here are dropped), or save yours as a copy beside it?</source>
        <translation>%1.
Es wurde nichts gespeichert. Deren Fassung öffnen (Ihre Änderungen hier gehen verloren) oder Ihre als Kopie daneben speichern?</translation>
    </message>
    <message>
        <source>Open Theirs</source>
        <translation>Deren Fassung öffnen</translation>
    </message>
    <message>
        <source>Save Mine as a Copy…</source>
        <translation>Meine als Kopie speichern …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ShopMenu</name>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Geschäft</translation>
    </message>
    <message>
        <source>&amp;Open from the Shop&apos;s Server…</source>
        <translation>Vom Server des Geschäfts ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save to the Shop&apos;s Server</source>
        <translation>Auf dem Server des Geschäfts &amp;speichern</translation>
    </message>
    <message>
        <source>Save to the Shop&apos;s Server as a &amp;Copy…</source>
        <translation>Auf dem Server des Geschäfts als &amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>&amp;Reload from the Shop&apos;s Server</source>
        <translation>Vom Server des Geschäfts &amp;neu laden</translation>
    </message>
    <message>
        <source>Fetch the Shop&apos;s &amp;Gear Again</source>
        <translation>Equipment des Geschäfts erneut &amp;holen</translation>
    </message>
    <message>
        <source>&amp;Connect Again</source>
        <translation>Erneut &amp;verbinden</translation>
    </message>
    <message>
        <source>Shop Server &amp;Settings…</source>
        <translation>&amp;Einstellungen des Geschäftsservers …</translation>
    </message>
</context>
<context>
    <name>ShopServer</name>
    <message>
        <source>%1 (the password is kept until Headroom closes: %2)</source>
        <extracomment>%1 the status line, %2 why the secret store could not keep the password</extracomment>
        <translation>%1 (das Passwort bleibt bis zum Schließen von Headroom erhalten: %2)</translation>
    </message>
    <message>
        <source>%1 (the remembered password could not be read: %2)</source>
        <extracomment>%1 the status line, %2 why the remembered password could not be read</extracomment>
        <translation>%1 (das gemerkte Passwort konnte nicht gelesen werden: %2)</translation>
    </message>
    <message>
        <source>Not connected to the shop&apos;s server</source>
        <translation>Nicht mit dem Server des Geschäfts verbunden</translation>
    </message>
    <message>
        <source>No product has the id %1</source>
        <translation>Kein Produkt hat die ID %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>drag on empty canvas, Ctrl/Shift+click</source>
        <translation>auf freier Arbeitsfläche ziehen, Ctrl/Shift+Klick</translation>
    </message>
    <message>
        <source>select several devices</source>
        <translation>mehrere Geräte auswählen</translation>
    </message>
    <message>
        <source>Ctrl+A, Esc</source>
        <translation>Ctrl+A, Esc</translation>
    </message>
    <message>
        <source>select all, select none</source>
        <translation>alles auswählen, Auswahl aufheben</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>next or previous device, left to right</source>
        <translation>nächstes oder vorheriges Gerät, von links nach rechts</translation>
    </message>
    <message>
        <source>arrows, Shift+arrows</source>
        <translation>Pfeiltasten, Shift+Pfeiltasten</translation>
    </message>
    <message>
        <source>nudge the selection by one grid step or five</source>
        <translation>Auswahl um einen oder fünf Rasterschritte verschieben</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete</source>
        <translation>Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete</translation>
    </message>
    <message>
        <source>copy, cut, paste, duplicate (cables inside the selection come along), delete</source>
        <translation>kopieren, ausschneiden, einfügen, duplizieren (Kabel innerhalb der Auswahl werden mitgenommen), löschen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>arrange left to right by signal flow</source>
        <translation>gemäß Signalfluss von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo, redo (every edit, one step each)</source>
        <translation>rückgängig machen, wiederholen (jede Bearbeitung ist ein eigener Schritt)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2</source>
        <translation>Ctrl+Mausrad, Zwei-Finger-Zoom, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2</translation>
    </message>
    <message>
        <source>zoom, zoom to fit, zoom to the selection; middle-drag or wheel pans</source>
        <translation>zoomen, einpassen, auf Auswahl zoomen; Ansicht verschieben mit gedrückter mittlerer Maustaste oder dem Mausrad</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>show or hide the gear library, the inspector and findings, the preview</source>
        <translation>Equipment-Bibliothek, Inspektor und Befunde, Vorschau ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+N, Ctrl+Shift+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S</source>
        <translation>Strg+N, Strg+Umschalt+N, Strg+O, Strg+S, Strg+Umschalt+S</translation>
    </message>
    <message>
        <source>new project, quick check, open, save, save as</source>
        <translation>neues Projekt, Schnellcheck, öffnen, speichern, speichern unter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D, Ctrl+Shift+C</source>
        <translation>Strg+Umschalt+D, Strg+Umschalt+C</translation>
    </message>
    <message>
        <source>duplicate the chain as a variant, compare the variants</source>
        <translation>die Kette als Variante duplizieren, die Varianten vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Strg+Umschalt+G</translation>
    </message>
    <message>
        <source>a listener&apos;s plots: SPL against volume, the response change and the impedance</source>
        <translation>die Diagramme eines Hörers: Schalldruck über Lautstärke, Frequenzgangänderung und Impedanz</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+Shift+E, Ctrl+P, Ctrl+Q</source>
        <translation>Strg+E, Strg+Umschalt+E, Strg+P, Strg+Q</translation>
    </message>
    <message>
        <source>export a report, export the diagram, print the diagram, quit</source>
        <translation>Bericht exportieren, Diagramm exportieren, Diagramm drucken, beenden</translation>
    </message>
</context>
<context>
    <name>SignalClass</name>
    <message>
        <source>acoustic</source>
        <translation>akustisch</translation>
    </message>
    <message>
        <source>mic level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>instrument level</source>
        <translation>Instrumentenpegel</translation>
    </message>
    <message>
        <source>line level</source>
        <translation>Line-Pegel</translation>
    </message>
    <message>
        <source>headphone level</source>
        <translation>Kopfhörerpegel</translation>
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
        <translation>Lautsprecherpegel</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1 is outside the sane range %2…%3 %4</source>
        <translation>%1 liegt außerhalb des plausiblen Bereichs %2…%3 %4</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>is below the minimum gain</source>
        <translation>liegt unter der minimalen Verstärkung</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet wird einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>does not match the minimum and maximum gain</source>
        <translation>passt nicht zur minimalen und maximalen Verstärkung</translation>
    </message>
    <message>
        <source>needs rising frequencies from %1 Hz to %2 kHz, magnitudes from %3 to %4 Ω and phases within ±90°</source>
        <translation>braucht steigende Frequenzen von %1 Hz bis %2 kHz, Beträge von %3 bis %4 Ω und Phasen innerhalb von ±90°</translation>
    </message>
    <message>
        <source>needs ranges of rising loads that do not overlap, from 0 Ω to 10 MΩ, each with a level from 1 mV to 100 V</source>
        <translation>braucht Bereiche steigender Lasten ohne Überlappung, von 0 Ω bis 10 MΩ, jeder mit einem Pegel von 1 mV bis 100 V</translation>
    </message>
    <message>
        <source>only a headphone output has a level per load</source>
        <translation>nur ein Kopfhörerausgang hat einen Pegel je Last</translation>
    </message>
</context>
<context>
    <name>VariantsMenu</name>
    <message>
        <source>V&amp;ariants</source>
        <translation>V&amp;arianten</translation>
    </message>
    <message>
        <source>D&amp;uplicate as Variant</source>
        <translation>Als Variante d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename Variant…</source>
        <translation>Variante &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Variant</source>
        <translation>Variante &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Compare Variants…</source>
        <translation>Varianten &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>OK, %1 dB to spare</source>
        <translation>OK, %1 dB Reserve</translation>
    </message>
    <message>
        <source>marginal, %1 dB short</source>
        <translation>knapp, %1 dB zu wenig</translation>
    </message>
    <message>
        <source>needs an amp, %1 dB short</source>
        <translation>braucht einen Verstärker, %1 dB zu wenig</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 dB short of gain</source>
        <translation>%1 dB zu wenig Verstärkung</translation>
    </message>
    <message>
        <source>phantom power off</source>
        <translation>Phantomspeisung aus</translation>
    </message>
    <message>
        <source>phantom power on a ribbon</source>
        <translation>Phantomspeisung am Bändchenmikrofon</translation>
    </message>
    <message>
        <source>needs a Hi-Z input</source>
        <translation>braucht einen Hi-Z-Eingang</translation>
    </message>
    <message>
        <source>clips at the input</source>
        <translation>übersteuert am Eingang</translation>
    </message>
    <message>
        <source>too quiet, %1 dB short</source>
        <translation>zu leise, %1 dB zu wenig</translation>
    </message>
    <message>
        <source>unsure: %1 dB short, or %2 dB to spare</source>
        <translation>unsicher: %1 dB zu wenig oder %2 dB Reserve</translation>
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
        <source>Add headphones to see whether your gear drives them loud enough.</source>
        <translation>Fügen Sie Kopfhörer hinzu, um zu sehen, ob Ihr Equipment sie laut genug ansteuert.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
</context>
</TS>
