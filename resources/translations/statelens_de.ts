<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>an address is NAMESPACE/KEY[/POINTER…], got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 entry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no namespace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key &apos;%1&apos; in namespace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value at %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>cannot open lock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy, held by %1 (waited %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken chain</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRegistry</name>
    <message>
        <source>no migration path from version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pointer</name>
    <message>
        <source>a JSON Pointer starts with &apos;/&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>StateLens state folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding-agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatefulObject JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autonomous-dev batch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rs-llmspell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sled database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect and edit the state that tools persist to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State folder or file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateSearch</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueHints</name>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens</name>
    <message>
        <source>file was created by someone else since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file was deleted since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file changed on disk since it was read; reload or merge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write through a symlink that leaves the state folder (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set file mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fsync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fsync of folder %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database with a kv_store table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a kv_store table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups folder with backup_*.meta files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups/ holds backup_*.meta files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sled database directory (conf, %1): an opaque binary format that StateLens cannot read safely; newer rs-llmspell versions keep state in SQLite (data/llmspell.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json has &quot;version&quot; and &quot;namespaces&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json with tasks/ or state.backup.*.json beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json holds &quot;tasks&quot; without a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks/ or state.backup.*.json without state.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.claude/batch_state.json, .ralph-checkpoints/ or logs/security_audit.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_state.json in .claude/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sled format, not readable; export the state with the tool itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.json with *.json.bak beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.json written by Python&apos;s json.dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON files here; nothing StateLens recognises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown content, shown as plain JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .bak generation beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON written by Python&apos;s json.dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown content, shown as a plain JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a secret stored in plain text; secrets do not belong in state files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1…&apos; is %2 characters long; the limit is 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; is %2 bytes; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leftover temporary file of an interrupted write (%1 bytes, last changed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup before writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json does not tell; its newest backup has &quot;version&quot; and &quot;namespaces&quot;</source>
        <translation>state.json sagt es nicht; die neueste Sicherung hat "version" und "namespaces"</translation>
    </message>
    <message>
        <source>this kind of state is not supported in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::AutonomousDevSource</name>
    <message>
        <source>project folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.claude/batch_state.json written by batch_state_manager.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: no &quot;version&quot; field (the library has no versioning; the skill document&apos;s 1.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch is running (batch_state.json does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::BackupManager</name>
    <message>
        <source>cannot remove the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::DemoWriter</name>
    <message>
        <source>state.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to %1 about every %2 ms (Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipping a task file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created task %1 (pending, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed finished task %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2 -&gt; %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats: tool_calls = %1, tokens_in = %2, tokens_out = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user preferences: theme = &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache: models:list expired (expires_at = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache: models:list refreshed (expires_at = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: last_command = &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up state.json to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed old backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for appending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::FileChange</name>
    <message>
        <source>%1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed again while it was read; the newer version will be reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::InotifyReader</name>
    <message>
        <source>inotify is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inotify is not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::JsonFilesSource</name>
    <message>
        <source>the backup is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no namespace &apos;%1&apos; here (namespaces are the files&apos; names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace of this source is a whole file; address a key: %1/KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::LiveState</name>
    <message>
        <source>leftover temporary file of an interrupted write: its writer stopped before renaming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last version that could be read is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates: inotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates: polling every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates: inotify + polling every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live updates: SQLite data_version every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PRAGMA data_version every %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::LlmSpellBackups</name>
    <message>
        <source>backup .meta file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a backup .meta file (name must end in .meta)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::LlmSpellSource</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rs-llmspell database (data/*.db) or backups folder found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened as rs-llmspell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database found; only the backups are shown (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: schema_version of backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rs-llmspell state is read-only (no writable database; backups are never written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::PlainJsonSource</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known tool recognised; showing the JSON files as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::Source</name>
    <message>
        <source>this source is read-only</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tasks (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed again while it was read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::SqliteDataVersionWatcher</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1 to watch it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the data version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::StateFolderSource</name>
    <message>
        <source>task %1 is in tasks/ but not in the state.json snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading state.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json does not exist: the state is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json has a &quot;version&quot; and a &quot;namespaces&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json holds tasks, sessions, metrics and last_saved, without a version; tasks/ beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: no &quot;version&quot; field, so the coding-agent format&apos;s first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json must hold a JSON object</source>
        <translation>state.json muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json has no &quot;namespaces&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is in the state.json snapshot but has no file in tasks/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is &apos;%2&apos; in tasks/ but &apos;%3&apos; in the state.json snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics.%1 is %2 in state.json, but the tasks give %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an id: %1/&lt;id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task or report must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs NAMESPACE/KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no namespace &apos;%1&apos; (this coding-agent folder has &quot;state&quot;, &quot;@tasks&quot; and &quot;@reports&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace &quot;state&quot; cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1 is over the 1 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json is %1; showing the newest readable backup, %2, until it is restored</source>
        <translation>state.json ist %1; bis zur Wiederherstellung wird die neueste lesbare Sicherung %2 angezeigt</translation>
    </message>
    <message>
        <source>state.json is %1 and no backup parses; showing what tasks/ holds</source>
        <translation>state.json ist %1 und keine Sicherung ist lesbar; angezeigt wird, was tasks/ enthält</translation>
    </message>
    <message>
        <source>state.json is %1; restore a backup before editing values</source>
        <translation>state.json ist %1; vor dem Bearbeiten von Werten eine Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>statelens::StateStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1 is %2 bytes; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key &apos;%1&apos; in namespace &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a string &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no state.json to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk space low: %1 MiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered by the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::StateWatcher</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling is turned on in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2, where inotify does not see writes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inotify watch limit (%1 folders) is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some folders cannot be watched by inotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live (inotify on %n folder(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Polling every %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (inotify on %1 folders), %2 more polled every %3 s: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::StatefulObjectSource</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON written by Python&apos;s json.dump (indent 2, sorted keys, ASCII-escaped), with .json.bak / .tmp companions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: %1 has &quot;settings&quot; and no &quot;version&quot;, the v1 layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::TaskStore</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is %2 and does not move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::backup</name>
    <message>
        <source>the backup is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json must hold a JSON object</source>
        <translation>state.json muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>backup %1 cannot be used (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which file backup %1 is a copy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rs-llmspell&apos;s backups belong to the tool and are not deleted by StateLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to restore: the state already matches the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking for changes since the state was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking a safety backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety backup failed, nothing was restored: %1</source>
        <translation>die Sicherheitskopie ist fehlgeschlagen, nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1; putting back the files already written failed too (%2); the safety backup %3 has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was changed (the files already written were put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored, but the journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export folder must be outside the state folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export folder is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the state to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos; (see the backups command for the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the state folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manifest.json: the backup was interrupted before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a StateLens safety backup manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file entry with an unsafe path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256 of the copy is %1, the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore removed this file, but it is there again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back what the restore wrote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the restore the file holds other bytes than were written (%1 bytes instead of %2): another program wrote it meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the restore %1 does not hold the restored value: another program wrote it meanwhile</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::backup::Planner</name>
    <message>
        <source>a coding-agent folder has no namespace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to restore namespace &apos;%1&apos; into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this state has no task files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 in the backup is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was removed since the state was read; reload first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file; it cannot be restored into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file appeared since the state was read; reload first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed since the state was read; reload first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore into a file that does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; restore it from a backup that holds the whole file%3</source>
        <translation>%1 ist %2; aus einer Sicherung wiederherstellen, die die ganze Datei enthält%3</translation>
    </message>
    <message>
        <source>, such as %1</source>
        <translation>, etwa %1</translation>
    </message>
</context>
<context>
    <name>statelens::backups</name>
    <message>
        <source>cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::cli</name>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos; (see: statelens-cli backups PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs A and B: &apos;current&apos; or a backup id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs a BACKUP id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes one BACKUP; choose parts with --only ADDRESS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written; add --yes to restore (a safety backup is taken first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to restore: the state already matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 entries from %2; safety backup %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is in %1; the original was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 needs a PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created backup %1 (%2 files, %3 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup delete needs PATH and ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a backup cannot be undone; add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup prune needs --keep N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-age-days needs a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown backup command &apos;%1&apos; (create, delete, prune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs one ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 → %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task file %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations available: up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --to VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate takes only PATH and --to VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at version %2 already; nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan for %1: %2 → %3, %4 step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated %1 from version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the bytes of %2; nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback would restore %1 from %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migrated state was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written; run rollback again with --yes to restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:     %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:    %1 namespaces, %2 keys, %3 tasks, %4 backups, %5 logs, %6 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no namespace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get needs one ADDRESS (NAMESPACE/KEY[/POINTER])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no log named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: %1 already has that value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs ADDRESS and VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs NAMESPACE/KEY, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE is not JSON (%1); quote strings as &apos;&quot;text&quot;&apos; or pass --string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rm needs one ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was written was read back and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged file&apos;s bytes are kept in %1</source>
        <translation>die Bytes der beschädigten Datei liegen in %1</translation>
    </message>
    <message>
        <source>Damaged:     %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>             restore it with: statelens-cli restore %1 %2 --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>             no healthy backup of it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a number of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching %1 (%2); Ctrl+C stops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::diff</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::json::Editor</name>
    <message>
        <source>no value at JSON pointer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit produced invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::json::Parser</name>
    <message>
        <source>end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence at end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 in string (must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected in exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large for the JSON editor (%1 bytes; the limit is 4 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty document (no JSON value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file: a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1: a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file: &apos;%1&apos; or &apos;,&apos; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::layout</name>
    <message>
        <source>invalid namespace &apos;%1&apos;: only letters, digits and &apos;_&apos; are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key is %1 characters long; the limit is 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task id contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task id &apos;%1&apos; cannot be used as a file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::llmspell</name>
    <message>
        <source>MessagePack of the wrong shape: %1 (expected [timestamp, {key: [scope, key, data, version, last_modified]}, metadata])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is an array of %n element(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries are of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not [scope, key, data, …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt compressed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decompressed data would be larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zstd frame (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zstd frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory for zstd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zstd decoder makes no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zstd frame is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lz4 data shorter than its 4-byte size prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid lz4 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lz4 block holds %1 bytes, its prefix says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression &apos;%1&apos; is not supported (zstd, lz4 and none are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened as immutable (read-only open failed: %1); changes still in the -wal file are not shown and nothing can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no _migrations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table _migrations is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kv_store table: not an rs-llmspell database, or an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read kv_store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (tenant %2) maps to the same address as a row of tenant %3; edits by address change the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading kv_store stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; is neither JSON nor MessagePack (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MessagePack data (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n byte(s) after the end of the MessagePack value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MessagePack nesting deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MessagePack data ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid MessagePack: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::llmspell::LlmSpellBackupSet</name>
    <message>
        <source>the .meta file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .meta file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .backup file next to the .meta is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .backup file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256 of the .backup file is %1, its .meta says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent backup %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent chain loops at backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 has an unreadable .meta: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 cannot be used (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent backup %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file without a .meta next to it; it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::llmspell::SqliteConnection</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::llmspell::Transaction</name>
    <message>
        <source>&apos;%1&apos; %2; reload before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a write transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read kv_store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was removed from the database since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer holds a readable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the database since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist; set the whole key before setting a part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was added to the database since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was removed earlier in the same save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the database while saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate</name>
    <message>
        <source>the state is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot; is not an object, so the v1 layout cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings.ui_theme missing: theme set to the seed&apos;s default &quot;dark&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings.request_timeout missing: timeout set to the seed&apos;s default 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings.%1 is not carried into config (the seed&apos;s _set_state keeps only theme and timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: index %2 names no feature; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both &quot;updated_at&quot; and &quot;last_updated&quot; exist; cannot rename one to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deprecated_context_clearing&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context-clearing fields moved into &quot;deprecated_context_clearing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; stays in state.json as the coding-agent server wrote it; tasks/ remains the source of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings → config (ui_theme → theme, request_timeout → timeout, defaults &quot;dark&quot; and 30), version 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds &quot;version&quot;, and the feature names &quot;completed&quot; and &quot;failed&quot; beside the index lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renames updated_at → last_updated; moves the context-clearing fields into &quot;deprecated_context_clearing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding-agent snapshot → documented format: adds &quot;version&quot; and an empty &quot;namespaces&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent %1 is neither an object nor an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 is out of range (the array has %2 elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole value cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON file here has a &quot;version&quot; field or the v1 &quot;settings&quot; layout; nothing to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several files carry a version (%1); pass the one to migrate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::JsonPatch</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test failed: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test failed: expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole value has no key to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename to &quot;%1&quot;: that key exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::MigrationCatalog</name>
    <message>
        <source>no migration leads from version %1 to %2 (none starts at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration leads from version %1 to %2; reachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::MigrationFile</name>
    <message>
        <source>a migration file holds one JSON object with &quot;from&quot;, &quot;to&quot; and &quot;operations&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; are the same version, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;format&quot; &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;operations&quot; must be an array of JSON Patch operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this state has no namespace &quot;%1&quot; (its file is the namespace &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this state has no tasks (only state folders keep tasks/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json tasks[%1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Migrator</name>
    <message>
        <source>%1 (a migration file that cannot be read; fix or remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 → %2 (%3) failed: %4; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task file cannot be read, so tasks cannot be migrated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrating %2 from version %3 to %4 (%n step(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2 → %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task file %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earlier pre-migration backup was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task file backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done; the state before is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already at version %1; nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the pre-migration backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the files written so far were put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the migration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state was migrated, but the log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pre-migration backup to restore (nothing was migrated here, or it was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-migration backup is empty; it cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-migration backup does not parse, so it is not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Reader</name>
    <message>
        <source>&quot;%1&quot; is missing (the version the migration starts from or leads to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a version: a string such as &quot;1.1.0&quot; or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be &quot;state&quot;, &quot;tasks&quot;, {&quot;namespace&quot;: NS} or {&quot;namespace&quot;: NS, &quot;key&quot;: KEY}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation needs &quot;%1&quot;, a JSON Pointer such as &quot;/config/theme&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation must be an object with &quot;op&quot; and &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation has no &quot;op&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot; (add, remove, replace, move, copy, test, rename, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rename&quot; needs &quot;to&quot;, the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rename&quot; needs the path of a member, not &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Scope</name>
    <message>
        <source>the whole state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::migrate::Subject</name>
    <message>
        <source>rs-llmspell keeps a schema_version per value and migrates its database itself; StateLens does not migrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing StateLens can migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no state file to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state is not a JSON object, so it has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;version&quot; field is neither a string nor an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: state.json has no &quot;version&quot; field, so it is the coding-agent server&apos;s versionless snapshot, numbered 0.0.0 (it precedes the documented format&apos;s 1.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: no &quot;version&quot; field; batch_state_manager.py writes none, and the skill document reads a missing version as &quot;1.0.0&quot; (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: &quot;settings&quot; and no &quot;version&quot;, the StatefulObject v1 layout (its _set_state reads a missing version as 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;version&quot; field, and no layout StateLens knows a version for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ApplyPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the state as it was before this restore, from the safety backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of state cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: put back %1 entries from safety backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: the state already matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 entries from %2 into %3; the state itself was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 entries from %2; safety backup %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (NAMESPACE/KEY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3 from %4: %5 entries, safety backup %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest (per kind):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove those older than (days, 0: no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to prune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n backup(s) will be removed:
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statelens::ui::BackupModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::BatchFeatureModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::CentreView</name>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable backups are greyed out; hover over one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 · %2 of %3 features completed · current feature %4
Created %5 · updated %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ChangeMarks</name>
    <message>
        <source>changed %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ChooseBackupPage</name>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Backups that cannot be used are greyed out; hover over one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This state has no backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restore cannot be done:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: everything the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: in place, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: a copy in %1 (the state itself is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing differs: the state already matches the backup in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will change:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety backup of everything replaced is taken first; Undo restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is replaced whole by the backup&apos;s copy, and its bytes are kept beside it as %1.corrupt.&lt;time&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ConflictBanner</name>
    <message>
        <source>&amp;Reload (Discard Mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your pending changes to these files and show what is on disk now (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the version on disk, then write your changes over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the keys only one side changed; choose for keys both sides changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk while you have pending changes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files changed on disk while you have pending changes to them: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing its newest readable backup, %1, instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it parses; showing the tasks alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keys cannot be shown.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole namespace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::DiffModel</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::DiffView</name>
    <message>
        <source>Search keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::EditActions</name>
    <message>
        <source>Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new key in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a key named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a namespace named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace needs a first key. Its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key %1 from %2?

The key is removed when you save; until then you can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the namespace %1 and all its keys?

It is removed when you save; until then you can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 keys to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1 does not hold a JSON object of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all pending changes (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are pending changes that are not saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::EditController</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete namespace %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new_key_%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::KeyHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 across %n backup(s), oldest first; the rows where it changed are in bold (%2 changes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statelens::ui::KeyHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::LiveController</name>
    <message>
        <source>&amp;Pause Live Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following changes on disk; resuming shows everything that changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reading the files again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the version on disk; Undo brings your changes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the version on disk could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my changes over the version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version on disk was backed up to %1; saving your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with the version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with the version on disk: %1 of your changes kept, %2 taken from disk. Save writes them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::LogPage</name>
    <message>
        <source>Level filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again every second and keep the newest lines in view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::LogRecordModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pending changes (with a backup) and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the pending changes with the saved values before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search key names and values across the whole state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Namespace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Na&amp;mespace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Namespace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Namespace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the edited value a pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StateLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; files written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About StateLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StateLens %1
Inspect and edit the state that tools persist to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open State Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open State File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State files (*.json *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found while reading: %1 (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StateLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — %3 — StateLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::MergeDialog</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Changes From Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys were changed both on disk and in your pending changes. Choose, for each, which value to keep. Keys that only one side changed are merged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::MigrationController</name>
    <message>
        <source>Schema &amp;Migrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the schema version, the migrations that exist, and apply one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are unsaved edits. Save or revert them before migrating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::MigrationDialog</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and dry-run diff (nothing is written until Apply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at version %1: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 → %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) in the state file; nothing has been written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was migrated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated from %1 to %2. The state before is in %3; the log is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::NamespacePage</name>
    <message>
        <source>Namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>grouping %n key(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::OptionsPage</name>
    <message>
        <source>Restore &amp;in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the result to another folder (the state is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a safety backup of the current state first (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety backups go to .statelens/backups/ in the state folder, out of the way of the tool&apos;s own backup rotation. Undo restores from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::PendingModel</name>
    <message>
        <source>delete namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What restoring %1 would change in the current state (only what the backup holds is compared).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ProblemModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::RawJsonEditor</name>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::RestoreWizard</name>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ScopePage</name>
    <message>
        <source>&amp;Everything the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only what I tick below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick namespaces, keys and tasks to restore only those; everything else stays exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::SearchHitModel</name>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::SearchPanel</name>
    <message>
        <source>Rege&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are grouped into a tree at this text (&quot;user:42:name&quot; sits under user › 42). Leave it empty to list keys flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::StatusInfo</name>
    <message>
        <source>live updates: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::StructuredEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to the selected object or array, or an item after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskDetailsWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · status %2 · tool %3
Created %4 · started %5 · completed %6 · duration %7
%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::TaskTableModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::TasksPage</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks (id, description, tool, error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::ValueEditorPanel</name>
    <message>
        <source>&amp;Edit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this value a pending change (saved with Ctrl+S, undone with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the edits made here since the last Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is hidden because its key looks like a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to see and edit its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted, not saved (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is larger than 1 MiB and opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This state is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::VersionBadge</name>
    <message>
        <source>Schema v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration file(s) with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newer version to migrate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations lead to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the versions and migrations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statelens::ui::WelcomePage</name>
    <message>
        <source>StateLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder or file where a tool keeps its state, or drop it on this window. StateLens recognises StateLens state folders, coding-agent state, StatefulObject JSON, autonomous-dev batch state and rs-llmspell databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
