<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>an address is NAMESPACE/KEY[/POINTER…], got &apos;%1&apos;</source>
        <translation>eine Adresse hat die Form NAMENSRAUM/SCHLÜSSEL[/ZEIGER…], erhalten: „%1“</translation>
    </message>
    <message>
        <source>no %1 entry &apos;%2&apos;</source>
        <translation>kein %1-Eintrag „%2“</translation>
    </message>
    <message>
        <source>no namespace &apos;%1&apos;</source>
        <translation>kein Namensraum „%1“</translation>
    </message>
    <message>
        <source>no key &apos;%1&apos; in namespace &apos;%2&apos;</source>
        <translation>kein Schlüssel „%1“ im Namensraum „%2“</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>no value at %1</source>
        <translation>kein Wert bei %1</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>empty (0 bytes)</source>
        <translation>leer (0 Bytes)</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>busy, held by %1 (waited %2 ms)</source>
        <translation>belegt, gehalten von %1 (%2 ms gewartet)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot create or open the lock file in %1: %2</source>
        <translation>die Sperrdatei in %1 kann nicht angelegt oder geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the lock file is not a regular file</source>
        <translation>die Sperrdatei ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 Tage %2 h</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>unparsable</source>
        <translation>nicht auswertbar</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>broken chain</source>
        <translation>unterbrochene Kette</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>JsonValue</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
</context>
<context>
    <name>MigrationRegistry</name>
    <message>
        <source>no migration path from version %1 to %2</source>
        <translation>kein Migrationspfad von Version %1 nach %2</translation>
    </message>
</context>
<context>
    <name>Pointer</name>
    <message>
        <source>a JSON Pointer starts with &apos;/&apos;: %1</source>
        <translation>ein JSON-Zeiger beginnt mit „/“: %1</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>StateLens state folder</source>
        <translation>StateLens-Zustandsordner</translation>
    </message>
    <message>
        <source>coding-agent state</source>
        <translation>Coding-Agent-Zustand</translation>
    </message>
    <message>
        <source>StatefulObject JSON</source>
        <translation>StatefulObject-JSON</translation>
    </message>
    <message>
        <source>autonomous-dev batch state</source>
        <translation>autonomous-dev-Batch-Zustand</translation>
    </message>
    <message>
        <source>rs-llmspell state</source>
        <translation>rs-llmspell-Zustand</translation>
    </message>
    <message>
        <source>sled database</source>
        <translation>sled-Datenbank</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>JSON-Dateien</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>LangGraph checkpoints</source>
        <translation>LangGraph-Checkpoints</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>statelens: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it inside a desktop session, or without one through a virtual X server:
  xvfb-run -a statelens PATH
or use the command-line tool statelens-cli, which needs no display.
</source>
        <translation>statelens: Keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Starten Sie das Programm in einer Desktop-Sitzung oder ohne eine solche über einen virtuellen X-Server:
  xvfb-run -a statelens PFAD
oder verwenden Sie das Befehlszeilenwerkzeug statelens-cli, das keine Anzeige benötigt.
</translation>
    </message>
    <message>
        <source>Inspect and edit the state that tools persist to disk.</source>
        <translation>Den Zustand, den Werkzeuge auf der Festplatte speichern, untersuchen und bearbeiten.</translation>
    </message>
    <message>
        <source>State folder or file to open.</source>
        <translation>Zu öffnender Zustandsordner oder Zustandsdatei.</translation>
    </message>
</context>
<context>
    <name>StateSearch</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>ValueHints</name>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>statelens</name>
    <message>
        <source>file was created by someone else since it was read</source>
        <translation>die Datei wurde seit dem Lesen von jemand anderem angelegt</translation>
    </message>
    <message>
        <source>file was deleted since it was read</source>
        <translation>die Datei wurde seit dem Lesen gelöscht</translation>
    </message>
    <message>
        <source>file changed on disk since it was read; reload or merge first</source>
        <translation>die Datei wurde seit dem Lesen auf der Festplatte geändert; zuerst neu laden oder zusammenführen</translation>
    </message>
    <message>
        <source>refusing to write through a symlink that leaves the state folder (to %1)</source>
        <translation>Schreiben über eine symbolische Verknüpfung, die aus dem Zustandsordner hinausführt (nach %1), wird verweigert</translation>
    </message>
    <message>
        <source>cannot create temporary file in %1: %2</source>
        <translation>temporäre Datei in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot set file mode</source>
        <translation>Dateimodus kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>fsync failed</source>
        <translation>fsync fehlgeschlagen</translation>
    </message>
    <message>
        <source>close failed: %1</source>
        <translation>Schließen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>rename failed: %1</source>
        <translation>Umbenennen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>fsync of folder %1 failed: %2</source>
        <translation>fsync des Ordners %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation>kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>SQLite database with a kv_store table</source>
        <translation>SQLite-Datenbank mit einer Tabelle kv_store</translation>
    </message>
    <message>
        <source>%1 has a kv_store table</source>
        <translation>%1 hat eine Tabelle kv_store</translation>
    </message>
    <message>
        <source>backups folder with backup_*.meta files</source>
        <translation>Sicherungsordner mit backup_*.meta-Dateien</translation>
    </message>
    <message>
        <source>backups/ holds backup_*.meta files</source>
        <translation>backups/ enthält backup_*.meta-Dateien</translation>
    </message>
    <message>
        <source>sled database directory (conf, %1): an opaque binary format that StateLens cannot read safely; newer rs-llmspell versions keep state in SQLite (data/llmspell.db)</source>
        <translation>sled-Datenbankordner (conf, %1): ein undurchsichtiges Binärformat, das StateLens nicht sicher lesen kann; neuere rs-llmspell-Versionen speichern den Zustand in SQLite (data/llmspell.db)</translation>
    </message>
    <message>
        <source>state.json has &quot;version&quot; and &quot;namespaces&quot;</source>
        <translation>state.json hat &quot;version&quot; und &quot;namespaces&quot;</translation>
    </message>
    <message>
        <source>state.json with tasks/ or state.backup.*.json beside it</source>
        <translation>state.json mit tasks/ oder state.backup.*.json daneben</translation>
    </message>
    <message>
        <source>state.json holds &quot;tasks&quot; without a version</source>
        <translation>state.json enthält &quot;tasks&quot; ohne Version</translation>
    </message>
    <message>
        <source>tasks/ or state.backup.*.json without state.json</source>
        <translation>tasks/ oder state.backup.*.json ohne state.json</translation>
    </message>
    <message>
        <source>state.json is missing</source>
        <translation>state.json fehlt</translation>
    </message>
    <message>
        <source>.claude/batch_state.json, .ralph-checkpoints/ or logs/security_audit.log</source>
        <translation>.claude/batch_state.json, .ralph-checkpoints/ oder logs/security_audit.log</translation>
    </message>
    <message>
        <source>batch_state.json in .claude/</source>
        <translation>batch_state.json in .claude/</translation>
    </message>
    <message>
        <source>sled format, not readable; export the state with the tool itself</source>
        <translation>sled-Format, nicht lesbar; exportieren Sie den Zustand mit dem Werkzeug selbst</translation>
    </message>
    <message>
        <source>*.json with *.json.bak beside them</source>
        <translation>*.json mit *.json.bak daneben</translation>
    </message>
    <message>
        <source>*.json written by Python&apos;s json.dump</source>
        <translation>*.json, geschrieben von Pythons json.dump</translation>
    </message>
    <message>
        <source>no known layout</source>
        <translation>kein bekannter Aufbau</translation>
    </message>
    <message>
        <source>no JSON files here; nothing StateLens recognises</source>
        <translation>hier gibt es keine JSON-Dateien; nichts, was StateLens erkennt</translation>
    </message>
    <message>
        <source>unknown content, shown as plain JSON files</source>
        <translation>unbekannter Inhalt, als einfache JSON-Dateien angezeigt</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>the file name %1</source>
        <translation>der Dateiname %1</translation>
    </message>
    <message>
        <source>a .bak generation beside the file</source>
        <translation>eine .bak-Generation neben der Datei</translation>
    </message>
    <message>
        <source>JSON written by Python&apos;s json.dump</source>
        <translation>JSON, geschrieben von Pythons json.dump</translation>
    </message>
    <message>
        <source>unknown content, shown as a plain JSON file</source>
        <translation>unbekannter Inhalt, als einfache JSON-Datei angezeigt</translation>
    </message>
    <message>
        <source>nothing to open</source>
        <translation>nichts zu öffnen</translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a secret stored in plain text; secrets do not belong in state files</source>
        <translation>„%1“ sieht aus wie ein im Klartext gespeichertes Geheimnis; Geheimnisse gehören nicht in Zustandsdateien</translation>
    </message>
    <message>
        <source>key &apos;%1…&apos; is %2 characters long; the limit is 255</source>
        <translation>Schlüssel „%1…“ ist %2 Zeichen lang; die Grenze liegt bei 255</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; is %2 bytes; the limit is %3</source>
        <translation>der Wert von „%1“ ist %2 Bytes groß; die Grenze liegt bei %3</translation>
    </message>
    <message>
        <source>leftover temporary file of an interrupted write (%1 bytes, last changed %2)</source>
        <translation>übrig gebliebene temporäre Datei eines unterbrochenen Schreibvorgangs (%1 Bytes, zuletzt geändert %2)</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>backup before writing failed: %1</source>
        <translation>Sicherung vor dem Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>state.json does not tell; its newest backup has &quot;version&quot; and &quot;namespaces&quot;</source>
        <translation>state.json sagt es nicht; die neueste Sicherung hat &quot;version&quot; und &quot;namespaces&quot;</translation>
    </message>
    <message>
        <source>this kind of state is not supported in this build</source>
        <translation>diese Art von Zustand wird in diesem Build nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot link %1 here: %2</source>
        <translation>%1 kann hier nicht verknüpft werden: %2</translation>
    </message>
    <message>
        <source>the backup is empty (0 bytes)</source>
        <translation>die Sicherung ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>changed on disk since it was read, at %1; reload or merge first</source>
        <translation>seit dem Lesen auf der Festplatte geändert, um %1; zuerst neu laden oder zusammenführen</translation>
    </message>
    <message>
        <source>kept changing on disk while saving (%1 attempts); try again</source>
        <translation>änderte sich beim Speichern ständig auf der Festplatte (%1 Versuche); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>eine FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>not a regular file (%1); StateLens does not open it</source>
        <translation>keine reguläre Datei (%1); StateLens öffnet sie nicht</translation>
    </message>
    <message>
        <source>refusing to write: its folder is reached through a symlink that leaves the state folder (to %1)</source>
        <translation>Schreiben verweigert: Ihr Ordner wird über einen symbolischen Link erreicht, der aus dem Zustandsordner hinausführt (nach %1)</translation>
    </message>
    <message>
        <source>not a regular file (a FIFO, socket or device is never read)</source>
        <translation>keine reguläre Datei (eine FIFO, ein Socket oder ein Gerät wird nie gelesen)</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot create the folder: %1</source>
        <translation>der Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1: not a whole JSON object (it does not begin with &apos;{&apos; and end with &apos;}&apos;), as a copy cut off while it was written leaves it</source>
        <translation>%1: kein vollständiges JSON-Objekt (es beginnt nicht mit &apos;{&apos; und endet nicht mit &apos;}&apos;), wie es eine beim Schreiben abgebrochene Kopie hinterlässt</translation>
    </message>
    <message>
        <source>a symlink leads out of the state folder (to %1): shown, but StateLens never writes through it</source>
        <translation>ein symbolischer Link führt aus dem Zustandsordner hinaus (nach %1): angezeigt, aber StateLens schreibt nie durch ihn</translation>
    </message>
    <message>
        <source>%1 is given more than once; the last one is the value (as JSON.parse and Python read it), the earlier ones are ignored</source>
        <translation>%1 kommt mehrfach vor; der letzte ist der Wert (so lesen es JSON.parse und Python), die früheren werden ignoriert</translation>
    </message>
    <message>
        <source>%1 has LangGraph&apos;s checkpoints and writes tables</source>
        <translation>%1 hat die Tabellen checkpoints und writes von LangGraph</translation>
    </message>
    <message>
        <source>a SQLite file with LangGraph&apos;s checkpoints and writes tables</source>
        <translation>eine SQLite-Datei mit den Tabellen checkpoints und writes von LangGraph</translation>
    </message>
</context>
<context>
    <name>statelens::AutonomousDevSource</name>
    <message>
        <source>project folder does not exist</source>
        <translation>Projektordner existiert nicht</translation>
    </message>
    <message>
        <source>.claude/batch_state.json written by batch_state_manager.py</source>
        <translation>.claude/batch_state.json, geschrieben von batch_state_manager.py</translation>
    </message>
    <message>
        <source>inferred: no &quot;version&quot; field (the library has no versioning; the skill document&apos;s 1.0.0)</source>
        <translation>abgeleitet: kein Feld &quot;version&quot; (die Bibliothek hat keine Versionierung; das Skill-Dokument nennt 1.0.0)</translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation>Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>no batch is running (batch_state.json does not exist)</source>
        <translation>es läuft kein Batch (batch_state.json existiert nicht)</translation>
    </message>
</context>
<context>
    <name>statelens::BackupManager</name>
    <message>
        <source>cannot remove the folder</source>
        <translation>der Ordner kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>statelens::FileChange</name>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 changed again while it was read; the newer version will be reported</source>
        <translation>%1 hat sich beim Lesen erneut geändert; die neuere Version wird gemeldet</translation>
    </message>
</context>
<context>
    <name>statelens::InotifyReader</name>
    <message>
        <source>inotify is not available: %1</source>
        <translation>inotify ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>inotify is not available on this system</source>
        <translation>inotify ist auf diesem System nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>statelens::JsonFilesSource</name>
    <message>
        <source>no namespace &apos;%1&apos; here (namespaces are the files&apos; names)</source>
        <translation>hier gibt es keinen Namensraum „%1“ (Namensräume sind die Namen der Dateien)</translation>
    </message>
    <message>
        <source>a namespace of this source is a whole file; address a key: %1/KEY</source>
        <translation>ein Namensraum dieser Quelle ist eine ganze Datei; geben Sie einen Schlüssel an: %1/SCHLÜSSEL</translation>
    </message>
</context>
<context>
    <name>statelens::LangGraphSource</name>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>no LangGraph checkpoint database (*.sqlite, *.db) found</source>
        <translation>keine LangGraph-Checkpoint-Datenbank (*.sqlite, *.db) gefunden</translation>
    </message>
    <message>
        <source>opened as a LangGraph checkpoint database</source>
        <translation>als LangGraph-Checkpoint-Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>LangGraph keeps a version per checkpoint (&quot;v&quot;), shown with each checkpoint</source>
        <translation>LangGraph führt eine Version je Checkpoint („v“), angezeigt bei jedem Checkpoint</translation>
    </message>
    <message>
        <source>the database holds no checkpoints yet</source>
        <translation>die Datenbank enthält noch keine Checkpoints</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>this LangGraph database is read-only (it could only be opened as immutable)</source>
        <translation>diese LangGraph-Datenbank ist schreibgeschützt (sie ließ sich nur unveränderlich öffnen)</translation>
    </message>
</context>
<context>
    <name>statelens::LiveState</name>
    <message>
        <source>leftover temporary file of an interrupted write: its writer stopped before renaming it</source>
        <translation>übrig gebliebene temporäre Datei eines unterbrochenen Schreibvorgangs: der Schreiber hat vor dem Umbenennen aufgehört</translation>
    </message>
    <message>
        <source>%1 (the last version that could be read is shown)</source>
        <translation>%1 (die letzte lesbare Version wird angezeigt)</translation>
    </message>
    <message>
        <source>live updates: off</source>
        <translation>Live-Aktualisierung: aus</translation>
    </message>
    <message>
        <source>live updates: paused</source>
        <translation>Live-Aktualisierung: pausiert</translation>
    </message>
    <message>
        <source>live updates: inotify</source>
        <translation>Live-Aktualisierung: inotify</translation>
    </message>
    <message>
        <source>live updates: polling every %1 s</source>
        <translation>Live-Aktualisierung: Abfrage alle %1 s</translation>
    </message>
    <message>
        <source>live updates: inotify + polling every %1 s</source>
        <translation>Live-Aktualisierung: inotify + Abfrage alle %1 s</translation>
    </message>
    <message>
        <source>live updates: SQLite data_version every %1 s</source>
        <translation>Live-Aktualisierung: SQLite data_version alle %1 s</translation>
    </message>
    <message>
        <source>%1: PRAGMA data_version every %2 s</source>
        <translation>%1: PRAGMA data_version alle %2 s</translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation>Live-Aktualisierung ist aus: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Watching paused</source>
        <translation>Beobachtung pausiert</translation>
    </message>
</context>
<context>
    <name>statelens::LlmSpellBackups</name>
    <message>
        <source>backup .meta file not found</source>
        <translation>.meta-Datei der Sicherung nicht gefunden</translation>
    </message>
    <message>
        <source>not a backup .meta file (name must end in .meta)</source>
        <translation>keine .meta-Datei einer Sicherung (der Name muss auf .meta enden)</translation>
    </message>
</context>
<context>
    <name>statelens::LlmSpellSource</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>no rs-llmspell database (data/*.db) or backups folder found</source>
        <translation>keine rs-llmspell-Datenbank (data/*.db) und kein Sicherungsordner gefunden</translation>
    </message>
    <message>
        <source>opened as rs-llmspell</source>
        <translation>als rs-llmspell geöffnet</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>no database found; only the backups are shown (read-only)</source>
        <translation>keine Datenbank gefunden; nur die Sicherungen werden angezeigt (schreibgeschützt)</translation>
    </message>
    <message>
        <source>inferred: schema_version of backup %1</source>
        <translation>abgeleitet: schema_version der Sicherung %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>this rs-llmspell state is read-only (no writable database; backups are never written)</source>
        <translation>dieser rs-llmspell-Zustand ist schreibgeschützt (keine beschreibbare Datenbank; Sicherungen werden nie geschrieben)</translation>
    </message>
</context>
<context>
    <name>statelens::PlainJsonSource</name>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>no known tool recognised; showing the JSON files as they are</source>
        <translation>kein bekanntes Werkzeug erkannt; die JSON-Dateien werden unverändert angezeigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>statelens::Source</name>
    <message>
        <source>this source is read-only</source>
        <translation>diese Quelle ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>statelens::Sources</name>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>a task file must hold a JSON object</source>
        <translation>eine Aufgabendatei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>reading tasks (%1 of %2)</source>
        <translation>Aufgaben werden gelesen (%1 von %2)</translation>
    </message>
    <message>
        <source>%1 changed again while it was read back</source>
        <translation>%1 hat sich beim Zurücklesen erneut geändert</translation>
    </message>
</context>
<context>
    <name>statelens::SqliteDataVersionWatcher</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open the database %1 to watch it: %2</source>
        <translation>die Datenbank %1 kann zur Beobachtung nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the data version of %1: %2</source>
        <translation>die Datenversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>statelens::StateFolderSource</name>
    <message>
        <source>task %1 is in tasks/ but not in the state.json snapshot</source>
        <translation>Aufgabe %1 liegt in tasks/, aber nicht im Abbild in state.json</translation>
    </message>
    <message>
        <source>state folder does not exist</source>
        <translation>Zustandsordner existiert nicht</translation>
    </message>
    <message>
        <source>reading state.json</source>
        <translation>state.json wird gelesen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>checking backups</source>
        <translation>Sicherungen werden geprüft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>state.json does not exist: the state is empty</source>
        <translation>state.json existiert nicht: der Zustand ist leer</translation>
    </message>
    <message>
        <source>state.json has a &quot;version&quot; and a &quot;namespaces&quot; object</source>
        <translation>state.json hat ein Feld &quot;version&quot; und ein Objekt &quot;namespaces&quot;</translation>
    </message>
    <message>
        <source>state.json holds tasks, sessions, metrics and last_saved, without a version; tasks/ beside it</source>
        <translation>state.json enthält tasks, sessions, metrics und last_saved ohne Version; tasks/ daneben</translation>
    </message>
    <message>
        <source>inferred: no &quot;version&quot; field, so the coding-agent format&apos;s first version</source>
        <translation>abgeleitet: kein Feld &quot;version&quot;, also die erste Version des Coding-Agent-Formats</translation>
    </message>
    <message>
        <source>state.json must hold a JSON object</source>
        <translation>state.json muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation>Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not an object</source>
        <translation>Namensraum „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>state.json has no &quot;namespaces&quot; object</source>
        <translation>state.json hat kein Objekt &quot;namespaces&quot;</translation>
    </message>
    <message>
        <source>task %1 is in the state.json snapshot but has no file in tasks/</source>
        <translation>Aufgabe %1 steht im Abbild in state.json, hat aber keine Datei in tasks/</translation>
    </message>
    <message>
        <source>task %1 is &apos;%2&apos; in tasks/ but &apos;%3&apos; in the state.json snapshot</source>
        <translation>Aufgabe %1 ist „%2“ in tasks/, aber „%3“ im Abbild in state.json</translation>
    </message>
    <message>
        <source>metrics.%1 is %2 in state.json, but the tasks give %3</source>
        <translation>metrics.%1 ist in state.json %2, aber die Aufgaben ergeben %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 needs an id: %1/&lt;id&gt;</source>
        <translation>%1 braucht eine ID: %1/&lt;id&gt;</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>kein %1 mit der ID %2</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>a task or report must be a JSON object</source>
        <translation>eine Aufgabe oder ein Bericht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>set needs NAMESPACE/KEY</source>
        <translation>„set“ braucht NAMENSRAUM/SCHLÜSSEL</translation>
    </message>
    <message>
        <source>no namespace &apos;%1&apos; (this coding-agent folder has &quot;state&quot;, &quot;@tasks&quot; and &quot;@reports&quot;)</source>
        <translation>kein Namensraum „%1“ (dieser Coding-Agent-Ordner hat &quot;state&quot;, &quot;@tasks&quot; und &quot;@reports&quot;)</translation>
    </message>
    <message>
        <source>the namespace &quot;state&quot; cannot be removed</source>
        <translation>der Namensraum &quot;state&quot; kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>value of %1 is over the 1 MiB limit</source>
        <translation>der Wert von %1 überschreitet die Grenze von 1 MiB</translation>
    </message>
    <message>
        <source>state.json is %1; showing the newest readable backup, %2, until it is restored</source>
        <translation>state.json ist %1; bis zur Wiederherstellung wird die neueste lesbare Sicherung %2 angezeigt</translation>
    </message>
    <message>
        <source>state.json is %1 and no backup parses; showing what tasks/ holds</source>
        <translation>state.json ist %1 und keine Sicherung ist auswertbar; angezeigt wird, was tasks/ enthält</translation>
    </message>
    <message>
        <source>state.json is %1; restore a backup before editing values</source>
        <translation>state.json ist %1; vor dem Bearbeiten von Werten eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>%1 was read without its tasks and reports; read it whole to change %2</source>
        <translation>%1 wurde ohne seine Aufgaben und Berichte gelesen; zum Ändern von %2 muss es ganz gelesen werden</translation>
    </message>
</context>
<context>
    <name>statelens::StateStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>value of %1 is %2 bytes; the limit is %3</source>
        <translation>der Wert von %1 ist %2 Bytes groß; die Grenze liegt bei %3</translation>
    </message>
    <message>
        <source>no key &apos;%1&apos; in namespace &apos;%2&apos;</source>
        <translation>kein Schlüssel „%1“ im Namensraum „%2“</translation>
    </message>
    <message>
        <source>a task needs a string &quot;id&quot;</source>
        <translation>eine Aufgabe braucht eine Zeichenkette &quot;id&quot;</translation>
    </message>
    <message>
        <source>no task &apos;%1&apos;</source>
        <translation>keine Aufgabe „%1“</translation>
    </message>
    <message>
        <source>a report must be a JSON object</source>
        <translation>ein Bericht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>there is no state.json to back up</source>
        <translation>es gibt keine state.json, die gesichert werden könnte</translation>
    </message>
    <message>
        <source>disk space low: %1 MiB free</source>
        <translation>wenig Speicherplatz: %1 MiB frei</translation>
    </message>
    <message>
        <source>registered by the program</source>
        <translation>vom Programm registriert</translation>
    </message>
</context>
<context>
    <name>statelens::StateWatcher</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation>der Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not watching</source>
        <translation>Keine Beobachtung</translation>
    </message>
    <message>
        <source>Watching paused</source>
        <translation>Beobachtung pausiert</translation>
    </message>
    <message>
        <source>polling is turned on in the settings</source>
        <translation>Abfragen ist in den Einstellungen eingeschaltet</translation>
    </message>
    <message>
        <source>%1 is on %2, where inotify does not see writes made elsewhere</source>
        <translation>%1 liegt auf %2, wo inotify Schreibvorgänge von anderswo nicht sieht</translation>
    </message>
    <message>
        <source>the inotify watch limit (%1 folders) is reached</source>
        <translation>die Grenze für inotify-Beobachtungen (%1 Ordner) ist erreicht</translation>
    </message>
    <message>
        <source>some folders cannot be watched by inotify</source>
        <translation>einige Ordner können von inotify nicht beobachtet werden</translation>
    </message>
    <message numerus="yes">
        <source>Live (inotify on %n folder(s))</source>
        <translation>
            <numerusform>Live (inotify auf %n Ordner)</numerusform>
            <numerusform>Live (inotify auf %n Ordnern)</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling every %1 s: %2</source>
        <translation>Abfrage alle %1 s: %2</translation>
    </message>
    <message>
        <source>Live (inotify on %1 folders), %2 more polled every %3 s: %4</source>
        <translation>Live (inotify auf %1 Ordnern), %2 weitere alle %3 s abgefragt: %4</translation>
    </message>
</context>
<context>
    <name>statelens::StatefulObjectSource</name>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>JSON written by Python&apos;s json.dump (indent 2, sorted keys, ASCII-escaped), with .json.bak / .tmp companions</source>
        <translation>JSON, geschrieben von Pythons json.dump (Einrückung 2, sortierte Schlüssel, ASCII-maskiert), mit .json.bak/.tmp daneben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>inferred: %1 has &quot;settings&quot; and no &quot;version&quot;, the v1 layout</source>
        <translation>abgeleitet: %1 hat &quot;settings&quot; und kein &quot;version&quot;, der Aufbau von v1</translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation>Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>the files differ</source>
        <translation>die Dateien unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>statelens::backup</name>
    <message>
        <source>the backup is empty (0 bytes)</source>
        <translation>die Sicherung ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>state.json must hold a JSON object</source>
        <translation>state.json muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>backup %1 cannot be used (%2): %3</source>
        <translation>Sicherung %1 kann nicht verwendet werden (%2): %3</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>cannot tell which file backup %1 is a copy of</source>
        <translation>es ist nicht erkennbar, von welcher Datei die Sicherung %1 eine Kopie ist</translation>
    </message>
    <message>
        <source>backup %1 cannot be used: %2</source>
        <translation>Sicherung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>there is nothing to back up</source>
        <translation>es gibt nichts zu sichern</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>auf Anforderung angelegt</translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos;</source>
        <translation>keine Sicherung „%1“</translation>
    </message>
    <message>
        <source>rs-llmspell&apos;s backups belong to the tool and are not deleted by StateLens</source>
        <translation>die Sicherungen von rs-llmspell gehören dem Werkzeug und werden von StateLens nicht gelöscht</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>nothing to restore: the state already matches the backup</source>
        <translation>nichts wiederherzustellen: der Zustand entspricht bereits der Sicherung</translation>
    </message>
    <message>
        <source>checking for changes since the state was read</source>
        <translation>Änderungen seit dem Lesen des Zustands werden gesucht</translation>
    </message>
    <message>
        <source>taking a safety backup</source>
        <translation>Sicherheitskopie wird angelegt</translation>
    </message>
    <message>
        <source>before %1 of %2</source>
        <translation>vor %1 von %2</translation>
    </message>
    <message>
        <source>the safety backup failed, nothing was restored: %1</source>
        <translation>die Sicherheitskopie ist fehlgeschlagen, nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1; putting back the files already written failed too (%2); the safety backup %3 has them</source>
        <translation>%1; auch das Zurücklegen der bereits geschriebenen Dateien ist fehlgeschlagen (%2); die Sicherheitskopie %3 enthält sie</translation>
    </message>
    <message>
        <source>%1; nothing was changed (the files already written were put back)</source>
        <translation>%1; nichts wurde geändert (die bereits geschriebenen Dateien wurden zurückgelegt)</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>writing the database</source>
        <translation>die Datenbank wird geschrieben</translation>
    </message>
    <message>
        <source>restored, but the journal could not be written: %1</source>
        <translation>wiederhergestellt, aber das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>restored %1 entries</source>
        <translation>%1 Einträge wiederhergestellt</translation>
    </message>
    <message>
        <source>reading the state</source>
        <translation>der Zustand wird gelesen</translation>
    </message>
    <message>
        <source>the export folder must be outside the state folder</source>
        <translation>der Exportordner muss außerhalb des Zustandsordners liegen</translation>
    </message>
    <message>
        <source>the export folder is not empty</source>
        <translation>der Exportordner ist nicht leer</translation>
    </message>
    <message>
        <source>copying the state to %1</source>
        <translation>der Zustand wird nach %1 kopiert</translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos; (see the backups command for the ids)</source>
        <translation>keine Sicherung „%1“ (die IDs nennt der Befehl backups)</translation>
    </message>
    <message>
        <source>%1 is outside the state folder %2</source>
        <translation>%1 liegt außerhalb des Zustandsordners %2</translation>
    </message>
    <message>
        <source>no manifest.json: the backup was interrupted before it was complete</source>
        <translation>keine manifest.json: die Sicherung wurde unterbrochen, bevor sie vollständig war</translation>
    </message>
    <message>
        <source>manifest.json is empty (0 bytes)</source>
        <translation>manifest.json ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>not a StateLens safety backup manifest</source>
        <translation>kein Manifest einer StateLens-Sicherheitskopie</translation>
    </message>
    <message>
        <source>file entry with an unsafe path &apos;%1&apos;</source>
        <translation>Dateieintrag mit einem unsicheren Pfad „%1“</translation>
    </message>
    <message>
        <source>sha256 of the copy is %1, the manifest says %2</source>
        <translation>SHA-256 der Kopie ist %1, das Manifest nennt %2</translation>
    </message>
    <message>
        <source>the restore removed this file, but it is there again</source>
        <translation>die Wiederherstellung hat diese Datei entfernt, aber sie ist wieder da</translation>
    </message>
    <message>
        <source>cannot read back what the restore wrote: %1</source>
        <translation>was die Wiederherstellung geschrieben hat, kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>after the restore the file holds other bytes than were written (%1 bytes instead of %2): another program wrote it meanwhile</source>
        <translation>nach der Wiederherstellung enthält die Datei andere Bytes als geschrieben (%1 Bytes statt %2): ein anderes Programm hat sie inzwischen geschrieben</translation>
    </message>
    <message>
        <source>after the restore %1 does not hold the restored value: another program wrote it meanwhile</source>
        <translation>nach der Wiederherstellung enthält %1 nicht den wiederhergestellten Wert: ein anderes Programm hat ihn inzwischen geschrieben</translation>
    </message>
    <message>
        <source>could not keep the damaged file&apos;s bytes aside, nothing was restored: %1</source>
        <translation>die Bytes der beschädigten Datei konnten nicht beiseitegelegt werden, nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>checking what was written</source>
        <translation>Geschriebenes wird geprüft</translation>
    </message>
    <message>
        <source>%1 (the safety backup %2 holds what was there before)</source>
        <translation>%1 (die Sicherheitskopie %2 enthält, was vorher da war)</translation>
    </message>
    <message>
        <source>the restore journal could not be written: %1</source>
        <translation>das Wiederherstellungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>LangGraph&apos;s checkpoints belong to the agent and are not deleted by StateLens</source>
        <translation>Die Checkpoints von LangGraph gehören dem Agenten und werden von StateLens nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>statelens::backup::Planner</name>
    <message>
        <source>a coding-agent folder has no namespace &apos;%1&apos;</source>
        <translation>ein Coding-Agent-Ordner hat keinen Namensraum „%1“</translation>
    </message>
    <message>
        <source>no file to restore namespace &apos;%1&apos; into</source>
        <translation>keine Datei, in die der Namensraum „%1“ wiederhergestellt werden könnte</translation>
    </message>
    <message>
        <source>this state has no task files</source>
        <translation>dieser Zustand hat keine Aufgabendateien</translation>
    </message>
    <message>
        <source>task %1 in the backup is not a JSON object</source>
        <translation>Aufgabe %1 in der Sicherung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the file was removed since the state was read; reload first</source>
        <translation>die Datei wurde seit dem Lesen des Zustands entfernt; zuerst neu laden</translation>
    </message>
    <message>
        <source>is not a regular file; it cannot be restored into</source>
        <translation>ist keine reguläre Datei; dorthin kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the file appeared since the state was read; reload first</source>
        <translation>die Datei ist seit dem Lesen des Zustands hinzugekommen; zuerst neu laden</translation>
    </message>
    <message>
        <source>the file changed since the state was read; reload first</source>
        <translation>die Datei hat sich seit dem Lesen des Zustands geändert; zuerst neu laden</translation>
    </message>
    <message>
        <source>cannot restore into a file that does not parse: %1</source>
        <translation>in eine Datei, die nicht auswertbar ist, kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2; restore it from a backup that holds the whole file%3</source>
        <translation>%1 ist %2; aus einer Sicherung wiederherstellen, die die ganze Datei enthält%3</translation>
    </message>
    <message>
        <source>, such as %1</source>
        <translation>, etwa %1</translation>
    </message>
    <message>
        <source>the safety backup names a file outside the state folder: %1</source>
        <translation>die Sicherheitskopie nennt eine Datei außerhalb des Zustandsordners: %1</translation>
    </message>
</context>
<context>
    <name>statelens::backups</name>
    <message>
        <source>cannot create the backup folder %1: %2</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>statelens::diff</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
</context>
<context>
    <name>statelens::doctor</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>%1 is JSON but not an object</source>
        <translation>%1 ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 ist nicht auswertbar: %2</translation>
    </message>
    <message>
        <source>The tool cannot load this file: depending on the tool it stops, or starts from an empty state and overwrites the file at its next save, losing what the file held.</source>
        <translation>Das Werkzeug kann diese Datei nicht laden: je nach Werkzeug bricht es ab oder beginnt mit einem leeren Zustand und überschreibt die Datei beim nächsten Speichern, wodurch ihr Inhalt verloren geht.</translation>
    </message>
    <message>
        <source>Restore the newest healthy backup, %1 (%2), over it; the damaged file is copied into .statelens/backups/ first.</source>
        <translation>Die neueste intakte Sicherung, %1 (%2), darüber wiederherstellen; die beschädigte Datei wird zuvor nach .statelens/backups/ kopiert.</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>There is no healthy backup of this file. Repair it by hand at the position shown, or move it aside so that the tool starts from an empty state.</source>
        <translation>Es gibt keine intakte Sicherung dieser Datei. Reparieren Sie sie an der angezeigten Stelle von Hand oder verschieben Sie sie, damit das Werkzeug mit einem leeren Zustand beginnt.</translation>
    </message>
    <message>
        <source>backup %1: %2</source>
        <translation>Sicherung %1: %2</translation>
    </message>
    <message>
        <source>Nothing can be restored from it; delete it when you no longer want it as evidence (statelens-cli backup delete PATH %1 --yes).</source>
        <translation>Daraus kann nichts wiederhergestellt werden; löschen Sie sie, wenn Sie sie nicht mehr als Beleg brauchen (statelens-cli backup delete PATH %1 --yes).</translation>
    </message>
    <message>
        <source>Nothing can be restored from it. It belongs to the tool, so StateLens leaves it where it is.</source>
        <translation>Daraus kann nichts wiederhergestellt werden. Sie gehört dem Werkzeug, daher lässt StateLens sie, wo sie ist.</translation>
    </message>
    <message>
        <source>The backup holds 0 bytes: it was copied while the file was being rewritten.</source>
        <translation>Die Sicherung enthält 0 Bytes: sie wurde kopiert, während die Datei neu geschrieben wurde.</translation>
    </message>
    <message>
        <source>The backup is not valid JSON (or not in the tool&apos;s format): it cannot be restored.</source>
        <translation>Die Sicherung ist kein gültiges JSON (oder nicht im Format des Werkzeugs): sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup&apos;s bytes differ from the checksum recorded when it was made: it was damaged or changed afterwards, and what it would restore cannot be trusted.</source>
        <translation>Die Bytes der Sicherung weichen von der Prüfsumme ab, die beim Anlegen festgehalten wurde: sie wurde danach beschädigt oder verändert, und dem, was sie wiederherstellen würde, ist nicht zu trauen.</translation>
    </message>
    <message>
        <source>Do not restore it. Restore an older healthy backup if you need one.</source>
        <translation>Stellen Sie sie nicht wieder her. Stellen Sie bei Bedarf eine ältere intakte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This incremental backup only holds changes; restoring it needs every backup it builds on, and one of them is missing or unusable.</source>
        <translation>Diese inkrementelle Sicherung enthält nur Änderungen; zum Wiederherstellen wird jede Sicherung gebraucht, auf der sie aufbaut, und eine davon fehlt oder ist unbrauchbar.</translation>
    </message>
    <message>
        <source>Put the missing parent backup (its .backup and .meta files) back from a copy, or restore a full backup instead. StateLens cannot rebuild a chain.</source>
        <translation>Legen Sie die fehlende übergeordnete Sicherung (ihre .backup- und .meta-Dateien) aus einer Kopie zurück, oder stellen Sie stattdessen eine vollständige Sicherung wieder her. StateLens kann keine Kette neu aufbauen.</translation>
    </message>
    <message>
        <source>The backup cannot be read (permissions, or a disk error).</source>
        <translation>Die Sicherung kann nicht gelesen werden (Berechtigungen oder ein Festplattenfehler).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions and the disk.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei und die Festplatte.</translation>
    </message>
    <message>
        <source>A copy StateLens made before changing or moving a file; it holds that file exactly as it was, even if that was damaged or partial.</source>
        <translation>Eine Kopie, die StateLens vor dem Ändern oder Verschieben einer Datei angelegt hat; sie enthält die Datei genau so, wie sie war, auch wenn sie beschädigt oder unvollständig war.</translation>
    </message>
    <message>
        <source>the lock file names a holder that does not hold it: %1</source>
        <translation>die Sperrdatei nennt einen Inhaber, der die Sperre nicht hält: %1</translation>
    </message>
    <message>
        <source>Process %1 took the lock and ended without releasing it cleanly (it crashed or was killed). Writers are not blocked, but the record misleads anyone who reads it.</source>
        <translation>Prozess %1 hat die Sperre genommen und wurde beendet, ohne sie sauber freizugeben (er ist abgestürzt oder wurde beendet). Schreiber werden nicht blockiert, aber der Eintrag führt jeden in die Irre, der ihn liest.</translation>
    </message>
    <message>
        <source>Nobody holds the lock, yet the file claims a holder (left by a crash or an older version). Writers are not blocked, but the record misleads anyone who reads it.</source>
        <translation>Niemand hält die Sperre, doch die Datei nennt einen Inhaber (Rest eines Absturzes oder einer älteren Version). Schreiber werden nicht blockiert, aber der Eintrag führt jeden in die Irre, der ihn liest.</translation>
    </message>
    <message>
        <source>Empty the lock file while holding the lock (it is never removed or replaced); its record is copied into .statelens/backups/ first.</source>
        <translation>Die Sperrdatei leeren, während die Sperre gehalten wird (sie wird nie entfernt oder ersetzt); ihr Eintrag wird zuvor nach .statelens/backups/ kopiert.</translation>
    </message>
    <message>
        <source>A writer wrote this file and meant to rename it over its target, but stopped before the rename. It may hold a newer (possibly incomplete) version of the target.</source>
        <translation>Ein Schreiber hat diese Datei geschrieben, um sie über ihr Ziel umzubenennen, hat aber vor dem Umbenennen aufgehört. Sie kann eine neuere (möglicherweise unvollständige) Version des Ziels enthalten.</translation>
    </message>
    <message>
        <source>Move it into .statelens/backups/ (kept there, not deleted), where you can still compare it with the target.</source>
        <translation>Nach .statelens/backups/ verschieben (dort aufbewahrt, nicht gelöscht), wo Sie sie weiterhin mit dem Ziel vergleichen können.</translation>
    </message>
    <message>
        <source>It changed less than a minute ago: a write may still be in progress. Check again in a minute; then it can be moved into .statelens/backups/.</source>
        <translation>Sie wurde vor weniger als einer Minute geändert: möglicherweise läuft noch ein Schreibvorgang. Prüfen Sie in einer Minute erneut; dann kann sie nach .statelens/backups/ verschoben werden.</translation>
    </message>
    <message>
        <source>The metrics in state.json are derived from tasks/ and should always agree with it; the file was edited by hand or a save was interrupted.</source>
        <translation>Die Metriken in state.json werden aus tasks/ abgeleitet und sollten immer damit übereinstimmen; die Datei wurde von Hand bearbeitet oder ein Speichervorgang wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Recompute the metrics from tasks/ and rewrite only the members that differ (every other byte stays); state.json is backed up first.</source>
        <translation>Die Metriken aus tasks/ neu berechnen und nur die abweichenden Einträge neu schreiben (alle anderen Bytes bleiben); state.json wird zuvor gesichert.</translation>
    </message>
    <message>
        <source>The coding-agent server saves concurrently, so its metrics snapshot often lags behind tasks/; the server recomputes them at its next save and reads only tasks/ at start-up.</source>
        <translation>Der Coding-Agent-Server speichert nebenläufig, daher hinkt sein Metrik-Abbild oft hinter tasks/ her; der Server berechnet sie beim nächsten Speichern neu und liest beim Start nur tasks/.</translation>
    </message>
    <message>
        <source>Nothing to do: the file belongs to the tool, which rewrites it.</source>
        <translation>Nichts zu tun: die Datei gehört dem Werkzeug, das sie neu schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) differ between tasks/ and the state.json snapshot: %1</source>
        <translation>
            <numerusform>%n Aufgabe unterscheidet sich zwischen tasks/ und dem Abbild in state.json: %1</numerusform>
            <numerusform>%n Aufgaben unterscheiden sich zwischen tasks/ und dem Abbild in state.json: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks/ is what the tool reads at start-up; the task list in state.json is a snapshot that the tool rewrites at its next save.</source>
        <translation>tasks/ liest das Werkzeug beim Start; die Aufgabenliste in state.json ist ein Abbild, das das Werkzeug beim nächsten Speichern neu schreibt.</translation>
    </message>
    <message>
        <source>Nothing to apply. If a task file was deleted by mistake, restore it from a backup.</source>
        <translation>Nichts anzuwenden. Falls eine Aufgabendatei versehentlich gelöscht wurde, stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the lock is no longer stale (it is held, or its record is gone)</source>
        <translation>die Sperre ist nicht mehr verwaist (sie wird gehalten oder ihr Eintrag ist weg)</translation>
    </message>
    <message>
        <source>the temp file is gone</source>
        <translation>die temporäre Datei ist weg</translation>
    </message>
    <message>
        <source>the file parses now; nothing was restored</source>
        <translation>die Datei ist jetzt auswertbar; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>state.json has no metrics object</source>
        <translation>state.json hat kein Objekt metrics</translation>
    </message>
    <message>
        <source>the metrics agree with tasks/ now; nothing was changed</source>
        <translation>die Metriken stimmen jetzt mit tasks/ überein; nichts wurde geändert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>StateLens wrote it (process %1, which is gone) and never renamed it over its target, which still holds the version before that save: remove it.</source>
        <translation>StateLens hat sie geschrieben (Prozess %1, der nicht mehr läuft) und nie über ihr Ziel umbenannt, das noch die Fassung vor diesem Speichern enthält: entfernen Sie sie.</translation>
    </message>
    <message>
        <source>the temp file is gone, or its writer is running again</source>
        <translation>die temporäre Datei ist weg, oder ihr Schreiber läuft wieder</translation>
    </message>
</context>
<context>
    <name>statelens::json::Editor</name>
    <message>
        <source>no value at JSON pointer &apos;%1&apos;</source>
        <translation>kein Wert beim JSON-Zeiger „%1“</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation>das ganze Dokument kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>edit produced invalid JSON: %1</source>
        <translation>die Bearbeitung ergab ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a separator is left without a member</source>
        <translation>ein Trennzeichen steht ohne Element da</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in a part of the file that was not read</source>
        <translation>&apos;%1&apos; liegt in einem Teil der Datei, der nicht gelesen wurde</translation>
    </message>
</context>
<context>
    <name>statelens::json::Parser</name>
    <message>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 in string</source>
        <translation>ungültiges UTF-8-Byte 0x%1 in Zeichenkette</translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence at end of file</source>
        <translation>abgeschnittene UTF-8-Folge am Dateiende</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence in string</source>
        <translation>ungültige UTF-8-Folge in Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>abgeschnittene \u-Maskierung</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Maskierung</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in string</source>
        <translation>ungültige Maskierung „\%1“ in Zeichenkette</translation>
    </message>
    <message>
        <source>control character 0x%1 in string (must be escaped)</source>
        <translation>Steuerzeichen 0x%1 in Zeichenkette (muss maskiert werden)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation>ungültige Zahl: nach „.“ werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>invalid number: digits expected in exponent</source>
        <translation>ungültige Zahl: im Exponenten werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>file too large for the JSON editor (%1 bytes; the limit is 4 GiB)</source>
        <translation>Datei zu groß für den JSON-Editor (%1 Bytes; die Grenze liegt bei 4 GiB)</translation>
    </message>
    <message>
        <source>empty document (no JSON value)</source>
        <translation>leeres Dokument (kein JSON-Wert)</translation>
    </message>
    <message>
        <source>expected a member name in quotes, found %1</source>
        <translation>Elementname in Anführungszeichen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name, found %1</source>
        <translation>„:“ nach dem Elementnamen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unexpected end of file: a value was expected</source>
        <translation>unerwartetes Dateiende: ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>ungültiges Literal (%1 erwartet)</translation>
    </message>
    <message>
        <source>unexpected %1: a value was expected</source>
        <translation>unerwartetes %1: ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartetes %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>unexpected end of file: &apos;%1&apos; or &apos;,&apos; expected</source>
        <translation>unerwartetes Dateiende: „%1“ oder „,“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;, found %2</source>
        <translation>„,“ oder „%1“ erwartet, %2 gefunden</translation>
    </message>
</context>
<context>
    <name>statelens::langgraph</name>
    <message>
        <source>JSON blob: %1</source>
        <translation>JSON-Blob: %1</translation>
    </message>
    <message>
        <source>MessagePack blob: %1</source>
        <translation>MessagePack-Blob: %1</translation>
    </message>
    <message>
        <source>a pickled Python object (type &quot;pickle&quot;): StateLens does not run pickle, so it is not shown</source>
        <translation>ein mit pickle serialisiertes Python-Objekt (Typ „pickle“): StateLens führt pickle nicht aus, daher wird es nicht angezeigt</translation>
    </message>
    <message>
        <source>unknown serialisation type &quot;%1&quot;</source>
        <translation>unbekannter Serialisierungstyp „%1“</translation>
    </message>
    <message>
        <source>%1 is a subgraph&apos;s namespace; LangGraph changes a subgraph&apos;s state through its parent graph, so StateLens edits threads only</source>
        <translation>%1 ist der Namensraum eines Teilgraphen; LangGraph ändert den Zustand eines Teilgraphen über seinen übergeordneten Graphen, daher bearbeitet StateLens nur Threads</translation>
    </message>
    <message>
        <source>database file not found</source>
        <translation>Datenbankdatei nicht gefunden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the database file is empty (0 bytes)</source>
        <translation>die Datenbankdatei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>no checkpoints and writes tables: not a LangGraph checkpoint database</source>
        <translation>keine Tabellen checkpoints und writes: keine LangGraph-Checkpoint-Datenbank</translation>
    </message>
    <message>
        <source>cannot start a read transaction</source>
        <translation>kann keine Lesetransaktion beginnen</translation>
    </message>
    <message>
        <source>cannot read the checkpoints table</source>
        <translation>kann die Tabelle checkpoints nicht lesen</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>reading the checkpoints table stopped</source>
        <translation>das Lesen der Tabelle checkpoints brach ab</translation>
    </message>
    <message>
        <source>cannot read the writes table</source>
        <translation>kann die Tabelle writes nicht lesen</translation>
    </message>
    <message>
        <source>reading the writes table stopped</source>
        <translation>das Lesen der Tabelle writes brach ab</translation>
    </message>
    <message>
        <source>no checkpoint %1 in thread %2</source>
        <translation>kein Checkpoint %1 im Thread %2</translation>
    </message>
    <message>
        <source>the checkpoint blob has no channel_values</source>
        <translation>der Checkpoint-Blob hat keine channel_values</translation>
    </message>
    <message>
        <source>parent checkpoint %1 is not in the database</source>
        <translation>der übergeordnete Checkpoint %1 ist nicht in der Datenbank</translation>
    </message>
    <message>
        <source>the chain is incomplete: ancestor checkpoint %1 is not in the database</source>
        <translation>die Kette ist unvollständig: der vorausgehende Checkpoint %1 ist nicht in der Datenbank</translation>
    </message>
    <message>
        <source>checkpoint %1 of %2 cannot be read: %3</source>
        <translation>Checkpoint %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>waiting for a human at %1: %2</source>
        <translation>wartet bei %1 auf einen Menschen: %2</translation>
    </message>
    <message numerus="yes">
        <source>thread %1 is waiting for a human (%n interrupt(s))</source>
        <translation>
            <numerusform>Thread %1 wartet auf einen Menschen (%n Unterbrechung)</numerusform>
            <numerusform>Thread %1 wartet auf einen Menschen (%n Unterbrechungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>als Nächstes: %1</translation>
    </message>
    <message>
        <source>nothing left to run</source>
        <translation>nichts mehr auszuführen</translation>
    </message>
</context>
<context>
    <name>statelens::langgraph::Writer</name>
    <message>
        <source>thread %1 cannot be edited: %2</source>
        <translation>Thread %1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>no thread %1 in the database</source>
        <translation>kein Thread %1 in der Datenbank</translation>
    </message>
    <message>
        <source>cannot read the checkpoints table</source>
        <translation>kann die Tabelle checkpoints nicht lesen</translation>
    </message>
    <message>
        <source>thread %1 has a newer checkpoint than the one read (%2); reload before saving</source>
        <translation>Thread %1 hat einen neueren Checkpoint als den gelesenen (%2); vor dem Speichern neu laden</translation>
    </message>
    <message>
        <source>its checkpoints are serialised as &quot;%1&quot;; StateLens writes only JSON checkpoints</source>
        <translation>seine Checkpoints sind als „%1“ serialisiert; StateLens schreibt nur JSON-Checkpoints</translation>
    </message>
    <message>
        <source>cannot read the writes table</source>
        <translation>kann die Tabelle writes nicht lesen</translation>
    </message>
    <message>
        <source>its latest checkpoint has pending writes of an unfinished step (channel %1); let LangGraph finish the step or use its updateState</source>
        <translation>sein neuester Checkpoint hat ausstehende Schreibvorgänge eines unvollendeten Schritts (Kanal %1); lassen Sie LangGraph den Schritt beenden oder verwenden Sie dessen updateState</translation>
    </message>
    <message>
        <source>its latest checkpoint has no channel_values and channel_versions</source>
        <translation>sein neuester Checkpoint hat keine channel_values und channel_versions</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no channel</source>
        <translation>„%1“ nennt keinen Kanal</translation>
    </message>
    <message>
        <source>%1 is one of LangGraph&apos;s own channels</source>
        <translation>%1 ist einer der eigenen Kanäle von LangGraph</translation>
    </message>
    <message>
        <source>thread %1: %2</source>
        <translation>Thread %1: %2</translation>
    </message>
    <message>
        <source>cannot write a new checkpoint for thread %1</source>
        <translation>kann keinen neuen Checkpoint für Thread %1 schreiben</translation>
    </message>
    <message>
        <source>cannot commit the new checkpoints</source>
        <translation>kann die neuen Checkpoints nicht festschreiben</translation>
    </message>
</context>
<context>
    <name>statelens::layout</name>
    <message>
        <source>invalid namespace &apos;%1&apos;: only letters, digits and &apos;_&apos; are allowed</source>
        <translation>ungültiger Namensraum „%1“: nur Buchstaben, Ziffern und „_“ sind erlaubt</translation>
    </message>
    <message>
        <source>a key cannot be empty</source>
        <translation>ein Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>key is %1 characters long; the limit is 255</source>
        <translation>der Schlüssel ist %1 Zeichen lang; die Grenze liegt bei 255</translation>
    </message>
    <message>
        <source>task id contains a NUL character</source>
        <translation>die Aufgaben-ID enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>task id &apos;%1&apos; cannot be used as a file name</source>
        <translation>die Aufgaben-ID „%1“ kann nicht als Dateiname verwendet werden</translation>
    </message>
    <message>
        <source>task id &apos;%1&apos; contains a path separator</source>
        <translation>die Aufgaben-ID „%1“ enthält ein Pfadtrennzeichen</translation>
    </message>
</context>
<context>
    <name>statelens::llmspell</name>
    <message>
        <source>MessagePack of the wrong shape: %1 (expected [timestamp, {key: [scope, key, data, version, last_modified]}, metadata])</source>
        <translation>MessagePack mit falscher Struktur: %1 (erwartet: [timestamp, {key: [scope, key, data, version, last_modified]}, metadata])</translation>
    </message>
    <message numerus="yes">
        <source>the top level is an array of %n element(s)</source>
        <translation>
            <numerusform>die oberste Ebene ist ein Array mit %n Element</numerusform>
            <numerusform>die oberste Ebene ist ein Array mit %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>the top level is of type %1</source>
        <translation>die oberste Ebene hat den Typ %1</translation>
    </message>
    <message>
        <source>the entries are of type %1</source>
        <translation>die Einträge haben den Typ %1</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not [scope, key, data, …]</source>
        <translation>Eintrag „%1“ ist nicht [scope, key, data, …]</translation>
    </message>
    <message>
        <source>corrupt compressed data: %1</source>
        <translation>beschädigte komprimierte Daten: %1</translation>
    </message>
    <message>
        <source>decompressed data would be larger than %1 MiB</source>
        <translation>die entpackten Daten wären größer als %1 MiB</translation>
    </message>
    <message>
        <source>no zstd frame (0 bytes)</source>
        <translation>kein zstd-Frame (0 Bytes)</translation>
    </message>
    <message>
        <source>not a zstd frame</source>
        <translation>kein zstd-Frame</translation>
    </message>
    <message>
        <source>out of memory for zstd</source>
        <translation>nicht genug Speicher für zstd</translation>
    </message>
    <message>
        <source>the zstd decoder makes no progress</source>
        <translation>der zstd-Decoder kommt nicht voran</translation>
    </message>
    <message>
        <source>the zstd frame is truncated</source>
        <translation>der zstd-Frame ist abgeschnitten</translation>
    </message>
    <message>
        <source>lz4 data shorter than its 4-byte size prefix</source>
        <translation>lz4-Daten kürzer als ihr 4-Byte-Größenpräfix</translation>
    </message>
    <message>
        <source>invalid lz4 block</source>
        <translation>ungültiger lz4-Block</translation>
    </message>
    <message>
        <source>lz4 block holds %1 bytes, its prefix says %2</source>
        <translation>der lz4-Block enthält %1 Bytes, sein Präfix nennt %2</translation>
    </message>
    <message>
        <source>compression &apos;%1&apos; is not supported (zstd, lz4 and none are)</source>
        <translation>Kompression „%1“ wird nicht unterstützt (zstd, lz4 und none werden unterstützt)</translation>
    </message>
    <message>
        <source>opened as immutable (read-only open failed: %1); changes still in the -wal file are not shown and nothing can be written</source>
        <translation>unveränderlich geöffnet (Öffnen im Nur-Lese-Modus fehlgeschlagen: %1); Änderungen, die noch in der -wal-Datei stehen, werden nicht angezeigt, und nichts kann geschrieben werden</translation>
    </message>
    <message>
        <source>no _migrations table</source>
        <translation>keine Tabelle _migrations</translation>
    </message>
    <message>
        <source>table _migrations is empty</source>
        <translation>die Tabelle _migrations ist leer</translation>
    </message>
    <message>
        <source>database file not found</source>
        <translation>Datenbankdatei nicht gefunden</translation>
    </message>
    <message>
        <source>the database file is empty (0 bytes)</source>
        <translation>die Datenbankdatei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>no kv_store table: not an rs-llmspell database, or an empty one</source>
        <translation>keine Tabelle kv_store: keine rs-llmspell-Datenbank oder eine leere</translation>
    </message>
    <message>
        <source>cannot read kv_store</source>
        <translation>kv_store kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (tenant %2) maps to the same address as a row of tenant %3; edits by address change the first one</source>
        <translation>„%1“ (Mandant %2) ergibt dieselbe Adresse wie eine Zeile von Mandant %3; Bearbeitungen über die Adresse ändern die erste</translation>
    </message>
    <message>
        <source>reading kv_store stopped</source>
        <translation>das Lesen von kv_store wurde abgebrochen</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; is neither JSON nor MessagePack (%2)</source>
        <translation>der Wert von „%1“ ist weder JSON noch MessagePack (%2)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the lz4 size prefix says %1 bytes, more than %2 compressed bytes can hold</source>
        <translation>das lz4-Größenpräfix nennt %1 Bytes, mehr als %2 komprimierte Bytes fassen können</translation>
    </message>
</context>
<context>
    <name>statelens::llmspell::LlmSpellBackupSet</name>
    <message>
        <source>the .meta file is empty (0 bytes)</source>
        <translation>die .meta-Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>the .meta file is not a JSON object</source>
        <translation>die .meta-Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the .backup file next to the .meta is missing</source>
        <translation>die .backup-Datei neben der .meta-Datei fehlt</translation>
    </message>
    <message>
        <source>the .backup file is empty (0 bytes)</source>
        <translation>die .backup-Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>sha256 of the .backup file is %1, its .meta says %2</source>
        <translation>SHA-256 der .backup-Datei ist %1, ihre .meta-Datei nennt %2</translation>
    </message>
    <message>
        <source>parent backup %1 is missing</source>
        <translation>die übergeordnete Sicherung %1 fehlt</translation>
    </message>
    <message>
        <source>the parent chain loops at backup %1</source>
        <translation>die Kette der übergeordneten Sicherungen bildet bei Sicherung %1 eine Schleife</translation>
    </message>
    <message>
        <source>backup %1 has an unreadable .meta: %2</source>
        <translation>Sicherung %1 hat eine nicht lesbare .meta-Datei: %2</translation>
    </message>
    <message>
        <source>backup %1 cannot be used (%2): %3</source>
        <translation>Sicherung %1 kann nicht verwendet werden (%2): %3</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>Reading backup %1</source>
        <translation>Sicherung %1 wird gelesen</translation>
    </message>
    <message>
        <source>parent backup %1 is unusable: %2</source>
        <translation>die übergeordnete Sicherung %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>backup %1: %2: %3</source>
        <translation>Sicherung %1: %2: %3</translation>
    </message>
    <message>
        <source>backup file without a .meta next to it; it cannot be read</source>
        <translation>Sicherungsdatei ohne .meta-Datei daneben; sie kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>statelens::llmspell::SqliteConnection</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot open the SQLite database</source>
        <translation>die SQLite-Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the SQLite database</source>
        <translation>die SQLite-Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot start a write transaction</source>
        <translation>eine Schreibtransaktion kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>statelens::llmspell::Transaction</name>
    <message>
        <source>&apos;%1&apos; %2; reload before saving</source>
        <translation>„%1“ %2; vor dem Speichern neu laden</translation>
    </message>
    <message>
        <source>cannot read kv_store</source>
        <translation>kv_store kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>was removed from the database since it was read</source>
        <translation>wurde seit dem Lesen aus der Datenbank entfernt</translation>
    </message>
    <message>
        <source>no longer holds a readable value</source>
        <translation>enthält keinen lesbaren Wert mehr</translation>
    </message>
    <message>
        <source>changed in the database since it was read</source>
        <translation>wurde seit dem Lesen in der Datenbank geändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist; set the whole key before setting a part of it</source>
        <translation>„%1“ existiert nicht; setzen Sie den ganzen Schlüssel, bevor Sie einen Teil davon setzen</translation>
    </message>
    <message>
        <source>was added to the database since it was read</source>
        <translation>wurde seit dem Lesen zur Datenbank hinzugefügt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was removed earlier in the same save</source>
        <translation>„%1“ wurde früher im selben Speichervorgang entfernt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no key</source>
        <translation>„%1“ benennt keinen Schlüssel</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>changed in the database while saving</source>
        <translation>wurde während des Speicherns in der Datenbank geändert</translation>
    </message>
    <message>
        <source>cannot commit the changes</source>
        <translation>die Änderungen können nicht übernommen werden</translation>
    </message>
</context>
<context>
    <name>statelens::migrate</name>
    <message>
        <source>the state is not a JSON object</source>
        <translation>der Zustand ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;settings&quot; is not an object, so the v1 layout cannot be read</source>
        <translation>&quot;settings&quot; ist kein Objekt, daher kann der Aufbau von v1 nicht gelesen werden</translation>
    </message>
    <message>
        <source>settings.ui_theme missing: theme set to the seed&apos;s default &quot;dark&quot;</source>
        <translation>settings.ui_theme fehlt: Design auf den Standard der Vorlage &quot;dark&quot; gesetzt</translation>
    </message>
    <message>
        <source>settings.request_timeout missing: timeout set to the seed&apos;s default 30</source>
        <translation>settings.request_timeout fehlt: Zeitlimit auf den Standard der Vorlage 30 gesetzt</translation>
    </message>
    <message>
        <source>settings.%1 is not carried into config (the seed&apos;s _set_state keeps only theme and timeout)</source>
        <translation>settings.%1 wird nicht nach config übernommen (_set_state der Vorlage behält nur theme und timeout)</translation>
    </message>
    <message>
        <source>%1: index %2 names no feature; left out</source>
        <translation>%1: Index %2 benennt kein Feature; ausgelassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; left as it is</source>
        <translation>&quot;%1&quot; existiert bereits; unverändert gelassen</translation>
    </message>
    <message>
        <source>both &quot;updated_at&quot; and &quot;last_updated&quot; exist; cannot rename one to the other</source>
        <translation>sowohl &quot;updated_at&quot; als auch &quot;last_updated&quot; existieren; eines kann nicht in das andere umbenannt werden</translation>
    </message>
    <message>
        <source>&quot;deprecated_context_clearing&quot; exists already</source>
        <translation>&quot;deprecated_context_clearing&quot; existiert bereits</translation>
    </message>
    <message>
        <source>context-clearing fields moved into &quot;deprecated_context_clearing&quot;</source>
        <translation>Felder zum Leeren des Kontexts nach &quot;deprecated_context_clearing&quot; verschoben</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; stays in state.json as the coding-agent server wrote it; tasks/ remains the source of truth</source>
        <translation>&quot;tasks&quot; bleibt in state.json so, wie der Coding-Agent-Server es geschrieben hat; tasks/ bleibt die maßgebliche Quelle</translation>
    </message>
    <message>
        <source>settings → config (ui_theme → theme, request_timeout → timeout, defaults &quot;dark&quot; and 30), version 2</source>
        <translation>settings → config (ui_theme → theme, request_timeout → timeout, Standardwerte &quot;dark&quot; und 30), Version 2</translation>
    </message>
    <message>
        <source>adds &quot;version&quot;, and the feature names &quot;completed&quot; and &quot;failed&quot; beside the index lists</source>
        <translation>fügt &quot;version&quot; und die Feature-Namen &quot;completed&quot; und &quot;failed&quot; neben den Indexlisten hinzu</translation>
    </message>
    <message>
        <source>renames updated_at → last_updated; moves the context-clearing fields into &quot;deprecated_context_clearing&quot;</source>
        <translation>benennt updated_at → last_updated um; verschiebt die Felder zum Leeren des Kontexts nach &quot;deprecated_context_clearing&quot;</translation>
    </message>
    <message>
        <source>coding-agent snapshot → documented format: adds &quot;version&quot; and an empty &quot;namespaces&quot;</source>
        <translation>Coding-Agent-Abbild → dokumentiertes Format: fügt &quot;version&quot; und ein leeres &quot;namespaces&quot; hinzu</translation>
    </message>
    <message>
        <source>the parent %1 does not exist</source>
        <translation>das übergeordnete Element %1 existiert nicht</translation>
    </message>
    <message>
        <source>the parent %1 is neither an object nor an array</source>
        <translation>das übergeordnete Element %1 ist weder ein Objekt noch ein Array</translation>
    </message>
    <message>
        <source>index %1 is out of range (the array has %2 elements)</source>
        <translation>Index %1 liegt außerhalb des Bereichs (das Array hat %2 Elemente)</translation>
    </message>
    <message>
        <source>the whole value cannot be removed</source>
        <translation>der ganze Wert kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>no JSON file here has a &quot;version&quot; field or the v1 &quot;settings&quot; layout; nothing to migrate</source>
        <translation>keine JSON-Datei hier hat ein Feld &quot;version&quot; oder den Aufbau &quot;settings&quot; von v1; nichts zu migrieren</translation>
    </message>
    <message>
        <source>several files carry a version (%1); pass the one to migrate</source>
        <translation>mehrere Dateien tragen eine Version (%1); geben Sie die zu migrierende an</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::JsonPatch</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot move %1 into itself</source>
        <translation>%1 kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>test failed: %1 does not exist</source>
        <translation>Test fehlgeschlagen: %1 existiert nicht</translation>
    </message>
    <message>
        <source>test failed: expected %1, found %2</source>
        <translation>Test fehlgeschlagen: %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the whole value has no key to rename</source>
        <translation>der ganze Wert hat keinen Schlüssel, der umbenannt werden könnte</translation>
    </message>
    <message>
        <source>cannot rename to &quot;%1&quot;: that key exists already</source>
        <translation>Umbenennen in &quot;%1&quot; nicht möglich: dieser Schlüssel existiert bereits</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::MigrationCatalog</name>
    <message>
        <source>no migration leads from version %1 to %2 (none starts at %1)</source>
        <translation>keine Migration führt von Version %1 nach %2 (keine beginnt bei %1)</translation>
    </message>
    <message>
        <source>no migration leads from version %1 to %2; reachable: %3</source>
        <translation>keine Migration führt von Version %1 nach %2; erreichbar: %3</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::MigrationFile</name>
    <message>
        <source>a migration file holds one JSON object with &quot;from&quot;, &quot;to&quot; and &quot;operations&quot;</source>
        <translation>eine Migrationsdatei enthält ein JSON-Objekt mit &quot;from&quot;, &quot;to&quot; und &quot;operations&quot;</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; are the same version, %1</source>
        <translation>&quot;from&quot; und &quot;to&quot; sind dieselbe Version, %1</translation>
    </message>
    <message>
        <source>unknown &quot;format&quot; &quot;%1&quot; (one of: %2)</source>
        <translation>unbekanntes &quot;format&quot; &quot;%1&quot; (eines von: %2)</translation>
    </message>
    <message>
        <source>&quot;operations&quot; must be an array of JSON Patch operations</source>
        <translation>&quot;operations&quot; muss ein Array von JSON-Patch-Operationen sein</translation>
    </message>
    <message>
        <source>this state has no namespace &quot;%1&quot; (its file is the namespace &quot;%2&quot;)</source>
        <translation>dieser Zustand hat keinen Namensraum &quot;%1&quot; (seine Datei ist der Namensraum &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>this state has no tasks (only state folders keep tasks/)</source>
        <translation>dieser Zustand hat keine Aufgaben (nur Zustandsordner haben tasks/)</translation>
    </message>
    <message>
        <source>task file %1</source>
        <translation>Aufgabendatei %1</translation>
    </message>
    <message>
        <source>state.json tasks[%1]</source>
        <translation>state.json tasks[%1]</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Migrator</name>
    <message>
        <source>%1 (a migration file that cannot be read; fix or remove it)</source>
        <translation>%1 (eine Migrationsdatei, die nicht gelesen werden kann; korrigieren oder entfernen Sie sie)</translation>
    </message>
    <message>
        <source>step %1 → %2 (%3) failed: %4; nothing was written</source>
        <translation>Schritt %1 → %2 (%3) fehlgeschlagen: %4; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>a task file cannot be read, so tasks cannot be migrated: %1</source>
        <translation>eine Aufgabendatei kann nicht gelesen werden, daher können die Aufgaben nicht migriert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 migrating %2 from version %3 to %4 (%n step(s))</source>
        <translation>
            <numerusform>%1 migriert %2 von Version %3 nach %4 (%n Schritt)</numerusform>
            <numerusform>%1 migriert %2 von Version %3 nach %4 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1: %2 → %3 (%4): %5</source>
        <translation>Schritt %1: %2 → %3 (%4): %5</translation>
    </message>
    <message>
        <source>task file %1:</source>
        <translation>Aufgabendatei %1:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>the earlier pre-migration backup was kept as %1</source>
        <translation>die frühere Sicherung vor der Migration wurde als %1 behalten</translation>
    </message>
    <message>
        <source>task file backup: %1</source>
        <translation>Sicherung der Aufgabendatei: %1</translation>
    </message>
    <message>
        <source>done; the state before is in %1</source>
        <translation>fertig; der vorherige Zustand liegt in %1</translation>
    </message>
    <message>
        <source>already at version %1; nothing to do</source>
        <translation>bereits auf Version %1; nichts zu tun</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>computing %1 → %2</source>
        <translation>%1 → %2 wird berechnet</translation>
    </message>
    <message>
        <source>writing the pre-migration backup</source>
        <translation>die Sicherung vor der Migration wird geschrieben</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>%1; the files written so far were put back</source>
        <translation>%1; die bisher geschriebenen Dateien wurden zurückgelegt</translation>
    </message>
    <message>
        <source>writing the migration log</source>
        <translation>das Migrationsprotokoll wird geschrieben</translation>
    </message>
    <message>
        <source>the state was migrated, but the log could not be written: %1</source>
        <translation>der Zustand wurde migriert, aber das Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>migrated to version %1</source>
        <translation>auf Version %1 migriert</translation>
    </message>
    <message>
        <source>there is no pre-migration backup to restore (nothing was migrated here, or it was removed)</source>
        <translation>es gibt keine Sicherung vor der Migration, die wiederhergestellt werden könnte (hier wurde nichts migriert, oder sie wurde entfernt)</translation>
    </message>
    <message>
        <source>the pre-migration backup is empty; it cannot be restored</source>
        <translation>die Sicherung vor der Migration ist leer; sie kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the pre-migration backup does not parse, so it is not restored: %1</source>
        <translation>die Sicherung vor der Migration ist nicht auswertbar und wird daher nicht wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Reader</name>
    <message>
        <source>&quot;%1&quot; is missing (the version the migration starts from or leads to)</source>
        <translation>&quot;%1&quot; fehlt (die Version, bei der die Migration beginnt oder zu der sie führt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a version: a string such as &quot;1.1.0&quot; or an integer</source>
        <translation>&quot;%1&quot; muss eine Version sein: eine Zeichenkette wie &quot;1.1.0&quot; oder eine Ganzzahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be &quot;state&quot;, &quot;tasks&quot;, {&quot;namespace&quot;: NS} or {&quot;namespace&quot;: NS, &quot;key&quot;: KEY}</source>
        <translation>&quot;scope&quot; muss &quot;state&quot;, &quot;tasks&quot;, {&quot;namespace&quot;: NS} oder {&quot;namespace&quot;: NS, &quot;key&quot;: KEY} sein</translation>
    </message>
    <message>
        <source>the operation needs &quot;%1&quot;, a JSON Pointer such as &quot;/config/theme&quot;</source>
        <translation>die Operation braucht &quot;%1&quot;, einen JSON-Zeiger wie &quot;/config/theme&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: %2</source>
        <translation>&quot;%1&quot; ist kein JSON-Zeiger: %2</translation>
    </message>
    <message>
        <source>an operation must be an object with &quot;op&quot; and &quot;path&quot;</source>
        <translation>eine Operation muss ein Objekt mit &quot;op&quot; und &quot;path&quot; sein</translation>
    </message>
    <message>
        <source>the operation has no &quot;op&quot;</source>
        <translation>die Operation hat kein &quot;op&quot;</translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot; (add, remove, replace, move, copy, test, rename, default)</source>
        <translation>unbekannte Operation &quot;%1&quot; (add, remove, replace, move, copy, test, rename, default)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;value&quot;</source>
        <translation>&quot;%1&quot; braucht einen &quot;value&quot;</translation>
    </message>
    <message>
        <source>&quot;rename&quot; needs &quot;to&quot;, the new key</source>
        <translation>&quot;rename&quot; braucht &quot;to&quot;, den neuen Schlüssel</translation>
    </message>
    <message>
        <source>&quot;rename&quot; needs the path of a member, not &quot;&quot;</source>
        <translation>&quot;rename&quot; braucht den Pfad eines Elements, nicht &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Scope</name>
    <message>
        <source>the whole state</source>
        <translation>der ganze Zustand</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namensraum %1</translation>
    </message>
    <message>
        <source>key %1/%2</source>
        <translation>Schlüssel %1/%2</translation>
    </message>
    <message>
        <source>every task</source>
        <translation>jede Aufgabe</translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Subject</name>
    <message>
        <source>rs-llmspell keeps a schema_version per value and migrates its database itself; StateLens does not migrate it</source>
        <translation>rs-llmspell führt eine schema_version pro Wert und migriert seine Datenbank selbst; StateLens migriert sie nicht</translation>
    </message>
    <message>
        <source>nothing StateLens can migrate</source>
        <translation>nichts, was StateLens migrieren kann</translation>
    </message>
    <message>
        <source>there is no state file to migrate</source>
        <translation>es gibt keine Zustandsdatei, die migriert werden könnte</translation>
    </message>
    <message>
        <source>the state is not a JSON object, so it has no version</source>
        <translation>der Zustand ist kein JSON-Objekt und hat daher keine Version</translation>
    </message>
    <message>
        <source>the &quot;version&quot; field is neither a string nor an integer</source>
        <translation>das Feld &quot;version&quot; ist weder eine Zeichenkette noch eine Ganzzahl</translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation>Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>inferred: state.json has no &quot;version&quot; field, so it is the coding-agent server&apos;s versionless snapshot, numbered 0.0.0 (it precedes the documented format&apos;s 1.0.0)</source>
        <translation>abgeleitet: state.json hat kein Feld &quot;version&quot;, ist also das versionslose Abbild des Coding-Agent-Servers, nummeriert als 0.0.0 (es geht der 1.0.0 des dokumentierten Formats voraus)</translation>
    </message>
    <message>
        <source>inferred: no &quot;version&quot; field; batch_state_manager.py writes none, and the skill document reads a missing version as &quot;1.0.0&quot; (assumed)</source>
        <translation>abgeleitet: kein Feld &quot;version&quot;; batch_state_manager.py schreibt keines, und das Skill-Dokument liest eine fehlende Version als &quot;1.0.0&quot; (angenommen)</translation>
    </message>
    <message>
        <source>inferred: &quot;settings&quot; and no &quot;version&quot;, the StatefulObject v1 layout (its _set_state reads a missing version as 1)</source>
        <translation>abgeleitet: &quot;settings&quot; und kein &quot;version&quot;, der Aufbau von StatefulObject v1 (sein _set_state liest eine fehlende Version als 1)</translation>
    </message>
    <message>
        <source>no &quot;version&quot; field, and no layout StateLens knows a version for</source>
        <translation>kein Feld &quot;version&quot; und kein Aufbau, für den StateLens eine Version kennt</translation>
    </message>
    <message>
        <source>a LangGraph checkpoint database is changed by new checkpoints, never migrated; StateLens does not migrate it</source>
        <translation>eine LangGraph-Checkpoint-Datenbank wird durch neue Checkpoints geändert, nie migriert; StateLens migriert sie nicht</translation>
    </message>
</context>
<context>
    <name>statelens::msgpack</name>
    <message>
        <source>MessagePack data ends too early (at byte %1)</source>
        <translation>die MessagePack-Daten enden zu früh (bei Byte %1)</translation>
    </message>
    <message>
        <source>MessagePack nesting deeper than %1</source>
        <translation>MessagePack-Verschachtelung tiefer als %1</translation>
    </message>
    <message>
        <source>invalid MessagePack: byte 0x%1 at %2 is not a type</source>
        <translation>ungültiges MessagePack: Byte 0x%1 bei %2 ist kein Typ</translation>
    </message>
    <message>
        <source>invalid MessagePack: length %1 at byte %2</source>
        <translation>ungültiges MessagePack: Länge %1 bei Byte %2</translation>
    </message>
    <message>
        <source>MessagePack data ends too early (the container at byte %1 declares %2 elements)</source>
        <translation>die MessagePack-Daten enden zu früh (der Container bei Byte %1 gibt %2 Elemente an)</translation>
    </message>
    <message>
        <source>no MessagePack data (0 bytes)</source>
        <translation>keine MessagePack-Daten (0 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the end of the MessagePack value</source>
        <translation>
            <numerusform>%n Byte nach dem Ende des MessagePack-Werts</numerusform>
            <numerusform>%n Bytes nach dem Ende des MessagePack-Werts</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing at &apos;%1&apos; in the MessagePack value</source>
        <translation>nichts bei „%1“ im MessagePack-Wert</translation>
    </message>
    <message>
        <source>the whole MessagePack value cannot be removed</source>
        <translation>der ganze MessagePack-Wert kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>statelens::ui</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ApplyPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Put back the state as it was before this restore, from the safety backup</source>
        <translation>Den Zustand aus der Sicherheitskopie so zurücklegen, wie er vor dieser Wiederherstellung war</translation>
    </message>
    <message>
        <source>this kind of state cannot be written</source>
        <translation>diese Art von Zustand kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig machen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undone: put back %1 entries from safety backup %2</source>
        <translation>Rückgängig gemacht: %1 Einträge aus der Sicherheitskopie %2 zurückgelegt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Nothing to restore: the state already matches %1</source>
        <translation>Nichts wiederherzustellen: der Zustand entspricht bereits %1</translation>
    </message>
    <message>
        <source>Restored %1 entries from %2 into %3; the state itself was not changed</source>
        <translation>%1 Einträge aus %2 nach %3 wiederhergestellt; der Zustand selbst wurde nicht geändert</translation>
    </message>
    <message>
        <source>Restored %1 entries from %2; safety backup %3</source>
        <translation>%1 Einträge aus %2 wiederhergestellt; Sicherheitskopie %3</translation>
    </message>
    <message>
        <source>What was written was read back and checked.</source>
        <translation>Das Geschriebene wurde zurückgelesen und geprüft.</translation>
    </message>
    <message>
        <source>The damaged file&apos;s bytes are kept in %1.</source>
        <translation>Die Bytes der beschädigten Datei liegen in %1.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::BackupController</name>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>Mit aktuellem Stand &amp;vergleichen</translation>
    </message>
    <message>
        <source>Key &amp;History…</source>
        <translation>&amp;Schlüsselverlauf…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <source>&amp;Prune Backups…</source>
        <translation>Sicherungen &amp;ausdünnen…</translation>
    </message>
    <message>
        <source>&amp;Delete Backup…</source>
        <translation>Sicherung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>Restore journal</source>
        <translation>Wiederherstellungsjournal</translation>
    </message>
    <message>
        <source>Key History</source>
        <translation>Schlüsselverlauf</translation>
    </message>
    <message>
        <source>Address (NAMESPACE/KEY):</source>
        <translation>Adresse (NAMENSRAUM/SCHLÜSSEL):</translation>
    </message>
    <message>
        <source>%1  %2 %3 from %4: %5 entries, safety backup %6</source>
        <translation>%1  %2 %3 aus %4: %5 Einträge, Sicherheitskopie %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>There is no usable backup to compare with.</source>
        <translation>Es gibt keine brauchbare Sicherung zum Vergleichen.</translation>
    </message>
    <message>
        <source>Current state → %1</source>
        <translation>Aktueller Stand → %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete backup %1? This cannot be undone.</source>
        <translation>Sicherung %1 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Sicherungen ausdünnen</translation>
    </message>
    <message>
        <source>Also remove those older than (days, 0: no limit):</source>
        <translation>Außerdem ältere entfernen als (Tage, 0: keine Grenze):</translation>
    </message>
    <message>
        <source>Nothing to prune.</source>
        <translation>Nichts auszudünnen.</translation>
    </message>
    <message numerus="yes">
        <source>These %n backup(s) will be removed:
%1</source>
        <translation>
            <numerusform>%n Sicherung wird entfernt:
%1</numerusform>
            <numerusform>%n Sicherungen werden entfernt:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the newest (per kind; generations per file, each file&apos;s original is kept):</source>
        <translation>Die neuesten behalten (pro Art; Generationen pro Datei, das Original jeder Datei bleibt erhalten):</translation>
    </message>
</context>
<context>
    <name>statelens::ui::BackupModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Nicht brauchbar: %1</translation>
    </message>
    <message>
        <source>%1: step %2, %3</source>
        <translation>%1: Schritt %2, %3</translation>
    </message>
</context>
<context>
    <name>statelens::ui::BatchFeatureModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error or reason</source>
        <translation>Fehler oder Grund</translation>
    </message>
</context>
<context>
    <name>statelens::ui::CentreView</name>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Sicherungen (%1)</translation>
    </message>
    <message>
        <source>Unusable backups are greyed out; hover over one to see why.</source>
        <translation>Unbrauchbare Sicherungen sind ausgegraut; zeigen Sie mit der Maus darauf, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Status %1 · %2 of %3 features completed · current feature %4
Created %5 · updated %6</source>
        <translation>Status %1 · %2 von %3 Features abgeschlossen · aktuelles Feature %4
Erstellt %5 · aktualisiert %6</translation>
    </message>
    <message>
        <source>Report %1 — %2</source>
        <translation>Bericht %1 — %2</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ChangeMarks</name>
    <message>
        <source>changed %1 s ago</source>
        <translation>vor %1 s geändert</translation>
    </message>
    <message>
        <source>changed %1 min ago</source>
        <translation>vor %1 min geändert</translation>
    </message>
    <message>
        <source>changed %1 h ago</source>
        <translation>vor %1 h geändert</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ChooseBackupPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Newest first. Backups that cannot be used are greyed out; hover over one to see why.</source>
        <translation>Neueste zuerst. Unbrauchbare Sicherungen sind ausgegraut; zeigen Sie mit der Maus darauf, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>This state has no backups.</source>
        <translation>Dieser Zustand hat keine Sicherungen.</translation>
    </message>
    <message>
        <source>None of the backups can be used.</source>
        <translation>Keine der Sicherungen ist brauchbar.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>This restore cannot be done:
%1</source>
        <translation>Diese Wiederherstellung ist nicht möglich:
%1</translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3)</source>
        <translation>Sicherung: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Scope: everything the backup holds</source>
        <translation>Umfang: alles, was die Sicherung enthält</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Where: in place, in %1</source>
        <translation>Ort: an Ort und Stelle, in %1</translation>
    </message>
    <message>
        <source>Where: a copy in %1 (the state itself is not changed)</source>
        <translation>Ort: eine Kopie in %1 (der Zustand selbst wird nicht geändert)</translation>
    </message>
    <message>
        <source>Nothing differs: the state already matches the backup in this scope.</source>
        <translation>Kein Unterschied: der Zustand entspricht in diesem Umfang bereits der Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will change:</source>
        <translation>
            <numerusform>%n Eintrag wird geändert:</numerusform>
            <numerusform>%n Einträge werden geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>A safety backup of everything replaced is taken first; Undo restores it.</source>
        <translation>Zuerst wird eine Sicherheitskopie von allem angelegt, was ersetzt wird; „Rückgängig“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is replaced whole by the backup&apos;s copy, and its bytes are kept beside it as %1.corrupt.&lt;time&gt;.</source>
        <translation>%1 ist beschädigt: die Datei wird vollständig durch die Kopie aus der Sicherung ersetzt, und ihre Bytes bleiben daneben als %1.corrupt.&lt;Zeit&gt; erhalten.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConflictBanner</name>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Neu laden (meine verwerfen)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Drop your pending changes to these files and show what is on disk now (Undo brings them back)</source>
        <translation>Ihre ausstehenden Änderungen an diesen Dateien verwerfen und zeigen, was jetzt auf der Festplatte steht („Rückgängig“ holt sie zurück)</translation>
    </message>
    <message>
        <source>Back up the version on disk, then write your changes over it</source>
        <translation>Die Version auf der Festplatte sichern, dann Ihre Änderungen darüber schreiben</translation>
    </message>
    <message>
        <source>%1 changed on disk while you have pending changes to it.</source>
        <translation>%1 wurde auf der Festplatte geändert, während Sie ausstehende Änderungen daran haben.</translation>
    </message>
    <message>
        <source>%1 files changed on disk while you have pending changes to them: %2.</source>
        <translation>%1 Dateien wurden auf der Festplatte geändert, während Sie ausstehende Änderungen daran haben: %2.</translation>
    </message>
    <message>
        <source>Keep what only one side changed; choose, field by field, where both sides changed</source>
        <translation>Übernehmen, was nur eine Seite geändert hat; wo beide Seiten geändert haben, Feld für Feld wählen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed on both sides: %1.</source>
        <translation>
            <numerusform>Auf beiden Seiten geändert: %1.</numerusform>
            <numerusform>Auf beiden Seiten geändert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConversationDelegate</name>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>no call id</source>
        <translation>keine Aufruf-ID</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Aufruf %1</translation>
    </message>
    <message>
        <source>arguments are not valid JSON</source>
        <translation>Argumente sind kein gültiges JSON</translation>
    </message>
    <message>
        <source>result below</source>
        <translation>Ergebnis darunter</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConversationModel</name>
    <message>
        <source>… %1 more characters (see Raw JSON)</source>
        <translation>… %1 weitere Zeichen (siehe Roh-JSON)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Aufruf %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>the whole value</source>
        <translation>der ganze Wert</translation>
    </message>
    <message>
        <source>%1, %2 (double-click to show it in Structured)</source>
        <translation>%1, %2 (Doppelklick zeigt sie unter „Strukturiert“)</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConversationView</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;Structured</source>
        <translation>Unter „&amp;Strukturiert“ zeigen</translation>
    </message>
    <message>
        <source>Copy the text of the selected messages</source>
        <translation>Den Text der ausgewählten Nachrichten kopieren</translation>
    </message>
    <message>
        <source>Show the selected message in the Structured view</source>
        <translation>Die ausgewählte Nachricht unter „Strukturiert“ zeigen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::DamageBanner</name>
    <message>
        <source>Choose a Backup…</source>
        <translation>Sicherung wählen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is %2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;%1 ist %2&lt;/b&gt;: %3.</translation>
    </message>
    <message>
        <source>Showing its newest readable backup, %1, instead.</source>
        <translation>Stattdessen wird die neueste lesbare Sicherung %1 angezeigt.</translation>
    </message>
    <message>
        <source>No backup of it parses; showing the tasks alone.</source>
        <translation>Keine Sicherung davon ist auswertbar; nur die Aufgaben werden angezeigt.</translation>
    </message>
    <message>
        <source>Its keys cannot be shown.</source>
        <translation>Ihre Schlüssel können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Editing is off until it is restored. The damaged bytes are kept beside it when you restore.</source>
        <translation>Bearbeiten ist bis zur Wiederherstellung aus. Die beschädigten Bytes bleiben beim Wiederherstellen daneben erhalten.</translation>
    </message>
    <message>
        <source>Restore from %1</source>
        <translation>Wiederherstellen aus %1</translation>
    </message>
    <message>
        <source>Replace the damaged file with the backup %1, after keeping its bytes aside</source>
        <translation>Die beschädigte Datei durch die Sicherung %1 ersetzen, nachdem ihre Bytes beiseitegelegt wurden</translation>
    </message>
    <message>
        <source>%1 is %2: restore it from a backup before editing</source>
        <translation>%1 ist %2: vor dem Bearbeiten aus einer Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::DiffDialog</name>
    <message>
        <source>Review Pending Changes</source>
        <translation>Ausstehende Änderungen durchsehen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namensraum %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>~ %1</source>
        <translation>~ %1</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Changes to write: %1</source>
        <translation>Zu schreibende Änderungen: %1</translation>
    </message>
    <message>
        <source>(the whole namespace)</source>
        <translation>(der ganze Namensraum)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::DiffModel</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>In der Sicherung</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>statelens::ui::DiffView</name>
    <message>
        <source>Search keys and values</source>
        <translation>Schlüssel und Werte durchsuchen</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namensräume</translation>
    </message>
</context>
<context>
    <name>statelens::ui::DoctorDialog</name>
    <message>
        <source>&amp;Repair Selected</source>
        <translation>Ausgewählte &amp;reparieren</translation>
    </message>
    <message>
        <source>Check and Repair</source>
        <translation>Prüfen und reparieren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Proposed fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>Apply the checked fixes; each backs up what it changes first</source>
        <translation>Die angehakten Korrekturen anwenden; jede sichert zuerst, was sie ändert</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Reparatur läuft…</translation>
    </message>
    <message>
        <source>Fixed: %1 (backup: %2)</source>
        <translation>Behoben: %1 (Sicherung: %2)</translation>
    </message>
    <message>
        <source>Not fixed: %1: %2</source>
        <translation>Nicht behoben: %1: %2</translation>
    </message>
    <message>
        <source>The state could not be checked: %1</source>
        <translation>Der Zustand konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s). Checked fixes are applied by Repair Selected; the others need you.</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e). Angehakte Korrekturen wendet „Ausgewählte reparieren“ an; die übrigen müssen Sie selbst beheben.</translation>
    </message>
    <message>
        <source>Safe fix: %1</source>
        <translation>Sichere Korrektur: %1</translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation>Manuell: %1</translation>
    </message>
    <message>
        <source>%1
%2
What it means: %3
%4: %5</source>
        <translation>%1
%2
Bedeutung: %3
%4: %5</translation>
    </message>
    <message>
        <source>Safe fix</source>
        <translation>Sichere Korrektur</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Manuell</translation>
    </message>
</context>
<context>
    <name>statelens::ui::EditActions</name>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new key in %1:</source>
        <translation>Name des neuen Schlüssels in %1:</translation>
    </message>
    <message>
        <source>%1 already has a key named %2.</source>
        <translation>%1 hat bereits einen Schlüssel namens %2.</translation>
    </message>
    <message>
        <source>Add Namespace</source>
        <translation>Namensraum hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new namespace:</source>
        <translation>Name des neuen Namensraums:</translation>
    </message>
    <message>
        <source>There is already a namespace named %1.</source>
        <translation>Es gibt bereits einen Namensraum namens %1.</translation>
    </message>
    <message>
        <source>A namespace needs a first key. Its name:</source>
        <translation>Ein Namensraum braucht einen ersten Schlüssel. Sein Name:</translation>
    </message>
    <message>
        <source>Add namespace %1</source>
        <translation>Namensraum %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the key %1 from %2?

The key is removed when you save; until then you can undo this with Ctrl+Z.</source>
        <translation>Den Schlüssel %1 aus %2 löschen?

Der Schlüssel wird beim Speichern entfernt; bis dahin können Sie dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete Namespace</source>
        <translation>Namensraum löschen</translation>
    </message>
    <message>
        <source>Delete the namespace %1 and all its keys?

It is removed when you save; until then you can undo this with Ctrl+Z.</source>
        <translation>Den Namensraum %1 und alle seine Schlüssel löschen?

Er wird beim Speichern entfernt; bis dahin können Sie dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Export Value</source>
        <translation>Wert exportieren</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import Value</source>
        <translation>Wert importieren</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Export Namespace</source>
        <translation>Namensraum exportieren</translation>
    </message>
    <message>
        <source>Exported %1 keys to %2.</source>
        <translation>%1 Schlüssel nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import Namespace</source>
        <translation>Namensraum importieren</translation>
    </message>
    <message>
        <source>Not imported: %1 does not hold a JSON object of keys.</source>
        <translation>Nicht importiert: %1 enthält kein JSON-Objekt aus Schlüsseln.</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <source>Revert Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Drop all pending changes (%1)?</source>
        <translation>Alle ausstehenden Änderungen (%1) verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>There are pending changes that are not saved (%1).</source>
        <translation>Es gibt ausstehende Änderungen, die nicht gespeichert sind (%1).</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>statelens::ui::EditController</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete namespace %1</source>
        <translation>Namensraum %1 löschen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::HelpController</name>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About StateLens</source>
        <translation>Ü&amp;ber StateLens</translation>
    </message>
    <message>
        <source>Open the StateLens documentation</source>
        <translation>Die Dokumentation von StateLens öffnen</translation>
    </message>
    <message>
        <source>About StateLens</source>
        <translation>Über StateLens</translation>
    </message>
    <message>
        <source>StateLens %1
Inspect and edit the state that tools persist to disk.</source>
        <translation>StateLens %1
Den Zustand, den Werkzeuge auf der Festplatte speichern, untersuchen und bearbeiten.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::HistoryChart</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Value over time</source>
        <translation>Wert im Zeitverlauf</translation>
    </message>
    <message>
        <source>Timeline (upper line: present, lower: absent; larger points: changed)</source>
        <translation>Zeitleiste (obere Linie: vorhanden, untere: fehlt; größere Punkte: geändert)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation>{1 Element}</translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation>{%1 Elemente}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Eintrag]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Einträge]</translation>
    </message>
    <message>
        <source>new_key</source>
        <translation>new_key</translation>
    </message>
    <message>
        <source>new_key_%1</source>
        <translation>new_key_%1</translation>
    </message>
</context>
<context>
    <name>statelens::ui::KeyHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 across %n backup(s), oldest first; the rows where it changed are in bold (%2 changes).</source>
        <translation>
            <numerusform>%1 über %n Sicherung, älteste zuerst; Zeilen, in denen er sich geändert hat, sind fett (%2 Änderungen).</numerusform>
            <numerusform>%1 über %n Sicherungen, älteste zuerst; Zeilen, in denen er sich geändert hat, sind fett (%2 Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore This Value…</source>
        <translation>Diesen Wert &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Click a point on the chart or a row to see that backup&apos;s value.</source>
        <translation>Klicken Sie auf einen Punkt im Diagramm oder auf eine Zeile, um den Wert dieser Sicherung zu sehen.</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>The state now (%1)</source>
        <translation>Der Zustand jetzt (%1)</translation>
    </message>
    <message>
        <source>Backup %1 (%2, %3)</source>
        <translation>Sicherung %1 (%2, %3)</translation>
    </message>
    <message>
        <source>(the key did not exist then)</source>
        <translation>(der Schlüssel existierte damals nicht)</translation>
    </message>
    <message>
        <source>This is the value now.</source>
        <translation>Das ist der aktuelle Wert.</translation>
    </message>
    <message>
        <source>Open the restore wizard on backup %1 with %2 ticked.</source>
        <translation>Den Wiederherstellungsassistenten für Sicherung %1 öffnen, mit %2 ausgewählt.</translation>
    </message>
    <message>
        <source>The value now is the same.</source>
        <translation>Der aktuelle Wert ist derselbe.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::KeyHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::KeyTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 (changed, not saved)</source>
        <translation>%1 (geändert, nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (added, not saved)</source>
        <translation>%1 (hinzugefügt, nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (deleted, not saved)</source>
        <translation>%1 (gelöscht, nicht gespeichert)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
</context>
<context>
    <name>statelens::ui::LiveController</name>
    <message>
        <source>&amp;Pause Live Updates</source>
        <translation>Live-Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop following changes on disk; resuming shows everything that changed meanwhile</source>
        <translation>Änderungen auf der Festplatte nicht mehr verfolgen; beim Fortsetzen wird alles angezeigt, was sich inzwischen geändert hat</translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation>Live-Aktualisierung ist aus: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 Reading the files again…</source>
        <translation>%1 Die Dateien werden erneut gelesen…</translation>
    </message>
    <message>
        <source>Take the version on disk</source>
        <translation>Version auf der Festplatte übernehmen</translation>
    </message>
    <message>
        <source>Showing the version on disk; Undo brings your changes back.</source>
        <translation>Die Version auf der Festplatte wird angezeigt; „Rückgängig“ holt Ihre Änderungen zurück.</translation>
    </message>
    <message>
        <source>Nothing was written: the version on disk could not be backed up: %1</source>
        <translation>Nichts wurde geschrieben: die Version auf der Festplatte konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Keep my changes over the version on disk</source>
        <translation>Meine Änderungen über der Version auf der Festplatte behalten</translation>
    </message>
    <message>
        <source>The version on disk was backed up to %1; saving your changes.</source>
        <translation>Die Version auf der Festplatte wurde nach %1 gesichert; Ihre Änderungen werden gespeichert.</translation>
    </message>
    <message>
        <source>Merge with the version on disk</source>
        <translation>Mit der Version auf der Festplatte zusammenführen</translation>
    </message>
    <message>
        <source>The running tool overwrote your change to %1 %2 s after it was saved.</source>
        <translation>Das laufende Werkzeug hat Ihre Änderung an %1 %2 s nach dem Speichern überschrieben.</translation>
    </message>
    <message>
        <source>%1 (%2 s after it was saved)</source>
        <translation>%1 (%2 s nach dem Speichern)</translation>
    </message>
    <message>
        <source>The running tool overwrote your changes to %1.</source>
        <translation>Das laufende Werkzeug hat Ihre Änderungen an %1 überschrieben.</translation>
    </message>
    <message>
        <source>It may keep its own copy in memory: save again, or pause live updates until it stops.</source>
        <translation>Es hält möglicherweise eine eigene Kopie im Speicher: speichern Sie erneut, oder pausieren Sie die Live-Aktualisierung, bis es beendet ist.</translation>
    </message>
    <message>
        <source>Save again what the tool wrote over</source>
        <translation>Erneut speichern, was das Werkzeug überschrieben hat</translation>
    </message>
    <message>
        <source>Merged with the version on disk: of the fields both sides changed, %1 kept yours and %2 took the disk&apos;s. Save writes the result.</source>
        <translation>Mit der Version auf der Festplatte zusammengeführt: von den Feldern, die beide Seiten geändert haben, behielten %1 Ihren Wert und %2 übernahmen den der Festplatte. „Speichern“ schreibt das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::LogPage</name>
    <message>
        <source>Level filter</source>
        <translation>Filter nach Stufe</translation>
    </message>
    <message>
        <source>Search in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Read the log again every second and keep the newest lines in view</source>
        <translation>Das Protokoll jede Sekunde erneut lesen und die neuesten Zeilen im Blick behalten</translation>
    </message>
</context>
<context>
    <name>statelens::ui::LogRecordModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>statelens::ui::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the pending changes (with a backup) and reload</source>
        <translation>Die ausstehenden Änderungen (mit einer Sicherung) schreiben und neu laden</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>Änderungen &amp;durchsehen…</translation>
    </message>
    <message>
        <source>Compare the pending changes with the saved values before saving</source>
        <translation>Die ausstehenden Änderungen vor dem Speichern mit den gespeicherten Werten vergleichen</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop every pending change</source>
        <translation>Alle ausstehenden Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search key names and values across the whole state</source>
        <translation>Schlüsselnamen und Werte im ganzen Zustand durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation>Schlüssel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Namespace…</source>
        <translation>&amp;Namensraum hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete Key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Delete Na&amp;mespace…</source>
        <translation>Namensr&amp;aum löschen…</translation>
    </message>
    <message>
        <source>&amp;Import Value…</source>
        <translation>Wert &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Value…</source>
        <translation>Wert &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import Namespace…</source>
        <translation>Namensraum importieren…</translation>
    </message>
    <message>
        <source>Export Namespace…</source>
        <translation>Namensraum exportieren…</translation>
    </message>
    <message>
        <source>A&amp;pply Value</source>
        <translation>Wert ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Make the edited value a pending change</source>
        <translation>Den bearbeiteten Wert zu einer ausstehenden Änderung machen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Check and Repair…</source>
        <translation>&amp;Prüfen und reparieren…</translation>
    </message>
    <message>
        <source>List every problem with the state on disk, what it means and its fix; apply the safe fixes</source>
        <translation>Jedes Problem des Zustands auf der Festplatte auflisten, mit Bedeutung und Korrektur; die sicheren Korrekturen anwenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
</context>
<context>
    <name>statelens::ui::MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation>Öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not open this state</source>
        <translation>Dieser Zustand konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved; files written: %1.</source>
        <translation>Gespeichert; geschriebene Dateien: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is not in this state.</source>
        <translation>%1 ist nicht in diesem Zustand.</translation>
    </message>
    <message>
        <source>Open State Folder</source>
        <translation>Zustandsordner öffnen</translation>
    </message>
    <message>
        <source>Open State File</source>
        <translation>Zustandsdatei öffnen</translation>
    </message>
    <message>
        <source>State files (*.json *.db *.sqlite);;All files (*)</source>
        <translation>Zustandsdateien (*.json *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Problems found while reading: %1 (see Problems).</source>
        <translation>Probleme beim Lesen gefunden: %1 (siehe Probleme).</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <source>StateLens</source>
        <translation>StateLens</translation>
    </message>
    <message>
        <source>%1%2 — %3 — StateLens</source>
        <translation>%1%2 — %3 — StateLens</translation>
    </message>
</context>
<context>
    <name>statelens::ui::MergeDialog</name>
    <message>
        <source>Merge Changes From Disk</source>
        <translation>Änderungen von der Festplatte zusammenführen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Für %1 behalten</translation>
    </message>
    <message>
        <source>These fields were changed both on disk and in your pending changes. Choose, for each, which value to keep. Fields that only one side changed are merged already.</source>
        <translation>Diese Felder wurden sowohl auf der Festplatte als auch in Ihren ausstehenden Änderungen geändert. Wählen Sie für jedes, welcher Wert bleiben soll. Felder, die nur eine Seite geändert hat, sind bereits zusammengeführt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
</context>
<context>
    <name>statelens::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::MigrationController</name>
    <message>
        <source>Schema &amp;Migrations…</source>
        <translation>Schema-&amp;Migrationen…</translation>
    </message>
    <message>
        <source>See the schema version, the migrations that exist, and apply one</source>
        <translation>Die Schema-Version und die vorhandenen Migrationen ansehen und eine anwenden</translation>
    </message>
    <message>
        <source>Schema Migrations</source>
        <translation>Schema-Migrationen</translation>
    </message>
    <message>
        <source>There are unsaved edits. Save or revert them before migrating.</source>
        <translation>Es gibt nicht gespeicherte Bearbeitungen. Speichern oder verwerfen Sie sie vor der Migration.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::MigrationDialog</name>
    <message>
        <source>&amp;Apply Migration</source>
        <translation>Migration &amp;anwenden</translation>
    </message>
    <message>
        <source>Open &amp;Log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Schema Migrations</source>
        <translation>Schema-Migrationen</translation>
    </message>
    <message>
        <source>State file:</source>
        <translation>Zustandsdatei:</translation>
    </message>
    <message>
        <source>Migrate to:</source>
        <translation>Migrieren nach:</translation>
    </message>
    <message>
        <source>Plan and dry-run diff (nothing is written until Apply):</source>
        <translation>Plan und Probelauf-Vergleich (nichts wird geschrieben, bevor Sie „Anwenden“ wählen):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Already at version %1: nothing to do.</source>
        <translation>Bereits auf Version %1: nichts zu tun.</translation>
    </message>
    <message>
        <source>%1. %2 → %3: %4 (%5)</source>
        <translation>%1. %2 → %3: %4 (%5)</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>tasks/%1</source>
        <translation>tasks/%1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) in the state file; nothing has been written.</source>
        <translation>
            <numerusform>Probelauf: %n Änderung in der Zustandsdatei; nichts wurde geschrieben.</numerusform>
            <numerusform>Probelauf: %n Änderungen in der Zustandsdatei; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was migrated: %1</source>
        <translation>Nichts wurde migriert: %1</translation>
    </message>
    <message>
        <source>Migrated from %1 to %2. The state before is in %3; the log is %4.</source>
        <translation>Von %1 nach %2 migriert. Der vorherige Zustand liegt in %3; das Protokoll ist %4.</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <source>Before the step</source>
        <translation>Vor dem Schritt</translation>
    </message>
    <message>
        <source>After the step</source>
        <translation>Nach dem Schritt</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Steps (select one to see its diff):</source>
        <translation>Schritte (einen auswählen, um seine Unterschiede zu sehen):</translation>
    </message>
    <message>
        <source>Notes, and values each step drops or moves:</source>
        <translation>Hinweise und Werte, die jeder Schritt verwirft oder verschiebt:</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>v%1 (current)</source>
        <translation>v%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Dropped: %1 (was %2); only the pre-migration backup keeps it</source>
        <translation>Verworfen: %1 (war %2); nur die Sicherung vor der Migration behält ihn</translation>
    </message>
    <message>
        <source>Moved: %1 → %2 (%3)</source>
        <translation>Verschoben: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Step %1: %2 → %3</source>
        <translation>Schritt %1: %2 → %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Nothing is dropped or moved; values are only added or changed.</source>
        <translation>Nichts wird verworfen oder verschoben; Werte werden nur hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <source>Nothing to roll back: %1</source>
        <translation>Nichts zurückzurollen: %1</translation>
    </message>
    <message>
        <source>The state file already has the bytes of %1.</source>
        <translation>Die Zustandsdatei hat bereits die Bytes von %1.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %1 from %2 (%n value(s) change)</source>
        <translation>
            <numerusform>%1 aus %2 wiederherstellen (%n Wert ändert sich)</numerusform>
            <numerusform>%1 aus %2 wiederherstellen (%n Werte ändern sich)</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Migration</source>
        <translation>Migration zurückrollen</translation>
    </message>
    <message>
        <source>Restore %1 byte for byte from the pre-migration backup %2?</source>
        <translation>%1 Byte für Byte aus der Sicherung vor der Migration %2 wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) change. The state as it is now is kept as a backup first.</source>
        <translation>
            <numerusform>%n Wert ändert sich. Der jetzige Zustand wird zuerst als Sicherung aufbewahrt.</numerusform>
            <numerusform>%n Werte ändern sich. Der jetzige Zustand wird zuerst als Sicherung aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Nothing was rolled back: %1</source>
        <translation>Nichts wurde zurückgerollt: %1</translation>
    </message>
    <message>
        <source>Rolled back: %1 has the bytes of %2 again; the state before is kept in %3.</source>
        <translation>Zurückgerollt: %1 hat wieder die Bytes von %2; der Zustand davor ist in %3 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::NamespacePage</name>
    <message>
        <source>Namespace %1</source>
        <translation>Namensraum %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message numerus="yes">
        <source>grouping %n key(s)…</source>
        <translation>
            <numerusform>gruppiert %n Schlüssel…</numerusform>
            <numerusform>gruppiert %n Schlüssel…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statelens::ui::NavigatorModel</name>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>%1 (added, not saved)</source>
        <translation>%1 (hinzugefügt, nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (deleted, not saved)</source>
        <translation>%1 (gelöscht, nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::OptionsPage</name>
    <message>
        <source>Restore &amp;in place</source>
        <translation>&amp;An Ort und Stelle wiederherstellen</translation>
    </message>
    <message>
        <source>E&amp;xport the result to another folder (the state is not changed)</source>
        <translation>Das Ergebnis in einen anderen Ordner e&amp;xportieren (der Zustand wird nicht geändert)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Take a safety backup of the current state first (always)</source>
        <translation>Zuerst eine Sicherheitskopie des aktuellen Zustands anlegen (immer)</translation>
    </message>
    <message>
        <source>Safety backups go to .statelens/backups/ in the state folder, out of the way of the tool&apos;s own backup rotation. Undo restores from it.</source>
        <translation>Sicherheitskopien landen in .statelens/backups/ im Zustandsordner, abseits der eigenen Sicherungsrotation des Werkzeugs. „Rückgängig“ stellt daraus wieder her.</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>Ein leerer Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>statelens::ui::OverwriteBanner</name>
    <message>
        <source>&amp;Save Again</source>
        <translation>Erneut &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Pause Live Updates</source>
        <translation>Live-Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>Write your values again (the tool may write over them again while it runs)</source>
        <translation>Ihre Werte erneut schreiben (das Werkzeug kann sie, solange es läuft, wieder überschreiben)</translation>
    </message>
    <message>
        <source>Stop following the disk until the tool has stopped; resuming shows what it wrote</source>
        <translation>Die Festplatte nicht mehr verfolgen, bis das Werkzeug beendet ist; beim Fortsetzen wird angezeigt, was es geschrieben hat</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::PendingModel</name>
    <message>
        <source>delete namespace %1</source>
        <translation>Namensraum %1 löschen</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>change %1 = %2</source>
        <translation>%1 = %2 ändern</translation>
    </message>
    <message>
        <source>add %1 = %2</source>
        <translation>%1 = %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What restoring %1 would change in the current state (only what the backup holds is compared).</source>
        <translation>Was die Wiederherstellung von %1 am aktuellen Zustand ändern würde (verglichen wird nur, was die Sicherung enthält).</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ProblemModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line:column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>statelens::ui::RawJsonEditor</name>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>statelens::ui::RestoreWizard</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos;</source>
        <translation>keine Sicherung „%1“</translation>
    </message>
    <message>
        <source>no backup chosen</source>
        <translation>keine Sicherung gewählt</translation>
    </message>
</context>
<context>
    <name>statelens::ui::SchemaWording</name>
    <message>
        <source>No schema</source>
        <translation>Kein Schema</translation>
    </message>
    <message>
        <source>No schema · migration to v%1 available</source>
        <translation>Kein Schema · Migration auf v%1 verfügbar</translation>
    </message>
    <message>
        <source>Schema v%1</source>
        <translation>Schema v%1</translation>
    </message>
    <message>
        <source>Schema v%1 · migration to v%2 available</source>
        <translation>Schema v%1 · Migration auf v%2 verfügbar</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ScopePage</name>
    <message>
        <source>&amp;Everything the backup holds</source>
        <translation>&amp;Alles, was die Sicherung enthält</translation>
    </message>
    <message>
        <source>&amp;Only what I tick below</source>
        <translation>&amp;Nur, was ich unten anhake</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>Was wiederhergestellt werden soll</translation>
    </message>
    <message>
        <source>Tick namespaces, keys and tasks to restore only those; everything else stays exactly as it is.</source>
        <translation>Haken Sie Namensräume, Schlüssel und Aufgaben an, um nur diese wiederherzustellen; alles andere bleibt genau, wie es ist.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::SearchHitModel</name>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>log message</source>
        <translation>Protokollmeldung</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: task %2</source>
        <translation>%1: Aufgabe %2</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>statelens::ui::SearchPanel</name>
    <message>
        <source>Rege&amp;x</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/Klein&amp;schreibung beachten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>first %1 hits</source>
        <translation>erste %1 Treffer</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>In &amp;backups</source>
        <translation>In &amp;Sicherungen</translation>
    </message>
    <message>
        <source>Search keys, values, tasks, logs and reports (Ctrl+F)</source>
        <translation>Schlüssel, Werte, Aufgaben, Protokolle und Berichte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Also search the keys and tasks in every usable backup (reads them all)</source>
        <translation>Auch die Schlüssel und Aufgaben in jeder verwendbaren Sicherung durchsuchen (liest sie alle)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keys are grouped into a tree at this text (&quot;user:42:name&quot; sits under user › 42). Leave it empty to list keys flat.</source>
        <translation>Schlüssel werden an diesem Text zu einem Baum gruppiert („user:42:name“ steht unter user › 42). Leer lassen, um Schlüssel flach aufzulisten.</translation>
    </message>
    <message>
        <source>Key &amp;separator:</source>
        <translation>Schlüssel&amp;trennzeichen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Before every save StateLens keeps the old content of each file in .statelens/backups. The oldest copy of each file, from before StateLens first changed it, is always kept.</source>
        <translation>Vor jedem Speichern bewahrt StateLens den alten Inhalt jeder Datei in .statelens/backups auf. Die älteste Kopie jeder Datei, von bevor StateLens sie zum ersten Mal geändert hat, bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>&amp;Backup generations kept per file:</source>
        <translation>&amp;Aufbewahrte Sicherungsgenerationen pro Datei:</translation>
    </message>
    <message>
        <source>Remove generations older than:</source>
        <translation>Generationen entfernen, die älter sind als:</translation>
    </message>
    <message>
        <source>System (follows the desktop)</source>
        <translation>System (wie der Desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>statelens::ui::StatusInfo</name>
    <message>
        <source>live updates: off</source>
        <translation>Live-Aktualisierung: aus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts geöffnet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>last saved %1</source>
        <translation>zuletzt gespeichert %1</translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 ausstehende Änderung</translation>
    </message>
    <message>
        <source>%1 pending changes</source>
        <translation>%1 ausstehende Änderungen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::StructuredEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a member to the selected object or array, or an item after the selected one (Insert)</source>
        <translation>Dem ausgewählten Objekt oder Array ein Element hinzufügen, oder einen Eintrag nach dem ausgewählten (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben (Strg+Nach-oben)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben (Strg+Nach-unten)</translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskDetailsWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Task JSON</source>
        <translation>Aufgaben-JSON</translation>
    </message>
    <message>
        <source>Select a task to see its timeline.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>ID %1 · status %2 · tool %3
Created %4 · started %5 · completed %6 · duration %7
%8</source>
        <translation>ID %1 · Status %2 · Werkzeug %3
Erstellt %4 · gestartet %5 · abgeschlossen %6 · Dauer %7
%8</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No result recorded.</source>
        <translation>Kein Ergebnis festgehalten.</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Zeitleiste (%1)</translation>
    </message>
    <message>
        <source>Reading the task file…</source>
        <translation>Die Aufgabendatei wird gelesen…</translation>
    </message>
    <message>
        <source>The task file could not be read again: it was removed or changed since the folder was read.</source>
        <translation>Die Aufgabendatei konnte nicht erneut gelesen werden: Sie wurde entfernt oder geändert, seit der Ordner gelesen wurde.</translation>
    </message>
    <message>
        <source>Give the task another status (a pending change, saved with Ctrl+S)</source>
        <translation>Der Aufgabe einen anderen Status geben (eine ausstehende Änderung, gespeichert mit Strg+S)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskEditBinding</name>
    <message>
        <source>Set status of task %1 to %2</source>
        <translation>Status der Aufgabe %1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1
Error: %2</source>
        <translation>%1
Fehler: %2</translation>
    </message>
</context>
<context>
    <name>statelens::ui::TasksPage</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search tasks (id, description, tool, error)</source>
        <translation>Aufgaben durchsuchen (ID, Beschreibung, Werkzeug, Fehler)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 von %2 Aufgaben</translation>
    </message>
</context>
<context>
    <name>statelens::ui::ValueEditorPanel</name>
    <message>
        <source>&amp;Edit anyway</source>
        <translation>&amp;Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Reveal value</source>
        <translation>Wert &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Make this value a pending change (saved with Ctrl+S, undone with Ctrl+Z)</source>
        <translation>Diesen Wert zu einer ausstehenden Änderung machen (mit Strg+S gespeichert, mit Strg+Z rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Drop the edits made here since the last Apply</source>
        <translation>Die Bearbeitungen hier seit dem letzten „Übernehmen“ verwerfen</translation>
    </message>
    <message>
        <source>&amp;Structured</source>
        <translation>&amp;Strukturiert</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>&amp;Roh-JSON</translation>
    </message>
    <message>
        <source>This value is hidden because its key looks like a credential.</source>
        <translation>Dieser Wert ist verborgen, weil sein Schlüssel wie ein Zugangsdatum aussieht.</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>geändert, nicht gespeichert</translation>
    </message>
    <message>
        <source>added, not saved</source>
        <translation>hinzugefügt, nicht gespeichert</translation>
    </message>
    <message>
        <source>deleted, not saved (Ctrl+Z brings it back)</source>
        <translation>gelöscht, nicht gespeichert (Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <source>This value is larger than 1 MiB and opened read-only.</source>
        <translation>Dieser Wert ist größer als 1 MiB und schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>This state is read-only.</source>
        <translation>Dieser Zustand ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Select a key or a task to see and edit its value.</source>
        <translation>Wählen Sie einen Schlüssel oder eine Aufgabe, um den Wert zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>The messages as a conversation: who said what, tool calls and their results</source>
        <translation>Die Nachrichten als Unterhaltung: wer was sagte, Werkzeugaufrufe und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>The raw JSON has an error. Fix it to see the conversation.</source>
        <translation>Das Roh-JSON enthält einen Fehler. Beheben Sie ihn, um die Unterhaltung zu sehen.</translation>
    </message>
    <message>
        <source>The edited value is not a conversation any more. Reset the edit to see it here.</source>
        <translation>Der bearbeitete Wert ist keine Unterhaltung mehr. Setzen Sie die Bearbeitung zurück, um sie hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::VersionBadge</name>
    <message numerus="yes">
        <source>%n migration file(s) with errors</source>
        <translation>
            <numerusform>%n Migrationsdatei mit Fehlern</numerusform>
            <numerusform>%n Migrationsdateien mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version %1 (%2).</source>
        <translation>Schema-Version %1 (%2).</translation>
    </message>
    <message>
        <source>No newer version to migrate to.</source>
        <translation>Keine neuere Version, zu der migriert werden könnte.</translation>
    </message>
    <message>
        <source>Migrations lead to: %1.</source>
        <translation>Migrationen führen zu: %1.</translation>
    </message>
    <message>
        <source>No schema version (%1).</source>
        <translation>Keine Schemaversion (%1).</translation>
    </message>
    <message>
        <source>Click to see the versions and migrations, or to roll one back.</source>
        <translation>Klicken, um die Versionen und Migrationen zu sehen oder eine zurückzurollen.</translation>
    </message>
</context>
<context>
    <name>statelens::ui::WelcomePage</name>
    <message>
        <source>StateLens</source>
        <translation>StateLens</translation>
    </message>
    <message>
        <source>Open the folder or file where a tool keeps its state, or drop it on this window. StateLens recognises StateLens state folders, coding-agent state, StatefulObject JSON, autonomous-dev batch state and rs-llmspell databases.</source>
        <translation>Öffnen Sie den Ordner oder die Datei, in der ein Werkzeug seinen Zustand speichert, oder ziehen Sie sie auf dieses Fenster. StateLens erkennt StateLens-Zustandsordner, Coding-Agent-Zustand, StatefulObject-JSON, autonomous-dev-Batch-Zustand und rs-llmspell-Datenbanken.</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>The folders and files you open are listed here, to open them again with one click.</source>
        <translation>Die Ordner und Dateien, die Sie öffnen, werden hier aufgeführt, damit Sie sie mit einem Klick wieder öffnen können.</translation>
    </message>
</context>
</TS>
