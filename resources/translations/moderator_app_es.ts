<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>moderator-app icon</source>
        <translation>Icono de moderator-app</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A live console for moderators and rapporteurs of multistakeholder sessions.</source>
        <translation>Una consola en directo para moderadores y relatores de sesiones de múltiples partes interesadas.</translation>
    </message>
    <message>
        <source>Data folder (sessions, backups, settings):</source>
        <translation>Carpeta de datos (sesiones, copias de seguridad, ajustes):</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open the folder in the file manager</source>
        <translation>Abrir la carpeta en el gestor de archivos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder holding your sessions in the file manager.</source>
        <translation>Mostrar en el gestor de archivos la carpeta que contiene sus sesiones.</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta de datos</translation>
    </message>
    <message>
        <source>Put the data folder&apos;s path on the clipboard.</source>
        <translation>Poner la ruta de la carpeta de datos en el portapapeles.</translation>
    </message>
    <message>
        <source>Data folder status</source>
        <translation>Estado de la carpeta de datos</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>Funciona con %1</translation>
    </message>
    <message>
        <source>moderator-app is free software: you can share and change it under the GNU General Public License, version 3 or later (%1). It comes with no warranty. It is built on the components below; choose one to read its licence.</source>
        <translation>moderator-app es software libre: puede compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior (%1). Se ofrece sin ninguna garantía. Está construido sobre los componentes de abajo; elija uno para leer su licencia.</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <source>Choose a component to show its licence text below</source>
        <translation>Elija un componente para mostrar abajo el texto de su licencia</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
    <message>
        <source>Copy version and data folder for a bug report</source>
        <translation>Copiar la versión y la carpeta de datos para un informe de error</translation>
    </message>
    <message>
        <source>Put the app&apos;s, Qt&apos;s and Python&apos;s versions and the data folder on the clipboard.</source>
        <translation>Poner en el portapapeles las versiones de la aplicación, de Qt y de Python, y la carpeta de datos.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window (Esc).</source>
        <translation>Cerrar esta ventana (Esc).</translation>
    </message>
    <message>
        <source>The licence text of %1 is missing from this installation.</source>
        <translation>Falta el texto de la licencia de %1 en esta instalación.</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licencia de %1</translation>
    </message>
    <message>
        <source>No file manager could open the folder: copy its path and open it yourself.</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta: copie su ruta y ábrala usted mismo.</translation>
    </message>
    <message>
        <source>The folder&apos;s path is on the clipboard.</source>
        <translation>La ruta de la carpeta está en el portapapeles.</translation>
    </message>
    <message>
        <source>Version details are on the clipboard.</source>
        <translation>Los detalles de la versión están en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backup skipped: only %1 MB free on the disk, and a backup must leave %2 MB for the session to go on. Free some space; the session itself is saved.</source>
        <extracomment>The parent of the restore&apos;s dialogs.</extracomment>
        <translation>Copia de seguridad omitida: solo quedan %1 MB libres en el disco, y una copia debe dejar %2 MB para que la sesión continúe. Libere espacio; la sesión en sí está guardada.</translation>
    </message>
    <message>
        <source>Backup failed: %1. The session itself is saved; free some space or check the folder.</source>
        <translation>La copia de seguridad falló: %1. La sesión en sí está guardada; libere espacio o revise la carpeta.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>Todavía no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation>Se restauró la copia de seguridad %1. La base de datos dañada se guardó como %2.</translation>
    </message>
    <message>
        <source>Restored the backup %1. The state before it was backed up too.</source>
        <translation>Se restauró la copia %1. También se guardó una copia del estado anterior.</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>Speaking time bars</source>
        <translation>Barras de tiempo de palabra</translation>
    </message>
    <message>
        <source>%1: %2, %3 % of time, %4 % of %5</source>
        <translation>%1: %2, %3 % del tiempo, %4 % de %5</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Speaking-time balance</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>Equilibrio por</translation>
    </message>
    <message>
        <source>What the bars group by: person, stakeholder group, gender, region or attendance</source>
        <translation>Cómo se agrupan las barras: por persona, grupo de partes interesadas, género, región o modalidad</translation>
    </message>
    <message>
        <source>Compare time with</source>
        <translation>Comparar el tiempo con</translation>
    </message>
    <message>
        <source>What each group&apos;s share of speaking time is compared with</source>
        <translation>Con qué se compara la parte del tiempo de palabra de cada grupo</translation>
    </message>
    <message>
        <source>the speakers</source>
        <translation>los oradores</translation>
    </message>
    <message>
        <source>everyone who took the floor</source>
        <translation>todos los que hicieron uso de la palabra</translation>
    </message>
    <message>
        <source>everyone on the roster</source>
        <translation>todos los de la lista</translation>
    </message>
    <message>
        <source>Bar: share of time · tick: share of</source>
        <translation>Barra: parte del tiempo · marca: parte de</translation>
    </message>
    <message>
        <source>Speaking time by group</source>
        <translation>Tiempo de palabra por grupo</translation>
    </message>
    <message>
        <source>Give the floor to the suggested speaker</source>
        <translation>Dar la palabra al orador sugerido</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>The Balance panel&apos;s tab: short, several side by side. A heading or table that stands alone (Event statistics). A check box in Preferences, with its accelerator. A steering priority in Balance settings; the person is none.</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>On/remote</source>
        <translation>Presencial/remoto</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>oradores</translation>
    </message>
    <message>
        <source>people who took the floor</source>
        <translation>personas que hicieron uso de la palabra</translation>
    </message>
    <message>
        <source>people on the roster</source>
        <translation>personas de la lista</translation>
    </message>
    <message>
        <source>Balance: nothing to compare yet (nobody has spoken, or nobody is in the comparison set).</source>
        <translation>Equilibrio: aún no hay nada que comparar (nadie ha hablado o no hay nadie en el grupo de comparación).</translation>
    </message>
    <message>
        <source>well balanced</source>
        <translation>bien equilibrado</translation>
    </message>
    <message>
        <source>somewhat uneven</source>
        <translation>algo desigual</translation>
    </message>
    <message>
        <source>unbalanced</source>
        <translation>desequilibrado</translation>
    </message>
    <message>
        <source>Balance %1 % (%2): %3 % of the time would have to change hands to match who is present.</source>
        <translation>Equilibrio %1 % (%2): el %3 % del tiempo tendría que cambiar de manos para corresponder a los presentes.</translation>
    </message>
    <message>
        <source>Most over: %1 (+%2 points).</source>
        <translation>Más por encima: %1 (+%2 puntos).</translation>
    </message>
    <message>
        <source>Suggested next: nobody is waiting.</source>
        <translation>Siguiente sugerido: nadie espera.</translation>
    </message>
    <message>
        <source>a point of order or direct reply is heard first</source>
        <translation>una cuestión de orden o una réplica se atiende primero</translation>
    </message>
    <message>
        <source>first intervention</source>
        <translation>primera intervención</translation>
    </message>
    <message>
        <source>%1 under-represented (%2 % of time, %3 % of %4)</source>
        <translation>%1: infrarrepresentación (%2 % del tiempo, %3 % de %4)</translation>
    </message>
    <message>
        <source>next in the queue</source>
        <translation>siguiente en la cola</translation>
    </message>
    <message>
        <source> (remote request, no. %1 in the remote queue)</source>
        <translation> (solicitud remota, n.º %1 en la cola remota)</translation>
    </message>
    <message>
        <source> (no. %1 in the queue)</source>
        <translation> (n.º %1 en la cola)</translation>
    </message>
    <message>
        <source>Suggested next: %1%2 — %3</source>
        <translation>Siguiente sugerido: %1%2 — %3</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>quedan %1 de %2</translation>
    </message>
    <message>
        <source>%1 OVER its %2</source>
        <translation>%1 POR ENCIMA de sus %2</translation>
    </message>
    <message>
        <source>Contingents — </source>
        <translation>Cupos — </translation>
    </message>
</context>
<context>
    <name>BalanceSettingsDialog</name>
    <message>
        <source>Balance settings and contingents</source>
        <translation>Ajustes de equilibrio y cupos</translation>
    </message>
    <message>
        <source>Compare time with</source>
        <translation>Comparar el tiempo con</translation>
    </message>
    <message>
        <source>What each group&apos;s share of speaking time is compared with</source>
        <translation>Con qué se compara la parte del tiempo de palabra de cada grupo</translation>
    </message>
    <message>
        <source>the speakers (people with the Speaker role)</source>
        <translation>los oradores (personas con el rol de Orador)</translation>
    </message>
    <message>
        <source>everyone who has taken the floor</source>
        <translation>todos los que han hecho uso de la palabra</translation>
    </message>
    <message>
        <source>everyone on the roster except moderators and rapporteurs</source>
        <translation>todos los de la lista salvo moderadores y relatores</translation>
    </message>
    <message>
        <source>What the suggestion favours, most important first</source>
        <translation>Qué favorece la sugerencia, lo más importante primero</translation>
    </message>
    <message>
        <source>Tick what the suggested next speaker favours; Move up and Move down set the order</source>
        <translation>Marque lo que favorece el siguiente orador sugerido; Subir y Bajar fijan el orden</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Make the selected priority more important</source>
        <translation>Dar más importancia a la prioridad seleccionada</translation>
    </message>
    <message>
        <source>Make the selected priority less important</source>
        <translation>Dar menos importancia a la prioridad seleccionada</translation>
    </message>
    <message>
        <source>Suggested next speaker favours</source>
        <translation>El siguiente orador sugerido favorece a</translation>
    </message>
    <message>
        <source>Time contingents (minutes per group; 0 = none)</source>
        <translation>Cupos de tiempo (minutos por grupo; 0 = ninguno)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Contingent for %1</source>
        <translation>Cupo de %1</translation>
    </message>
    <message>
        <source>Minutes of speaking time this group may use in the session; none means no contingent</source>
        <translation>Minutos de tiempo de palabra que este grupo puede usar en la sesión; «ninguno» significa que no tiene cupo</translation>
    </message>
    <message>
        <source>(%1 min added)</source>
        <translation>(%1 min añadidos)</translation>
    </message>
    <message>
        <source>Compare each group&apos;s share of time with its share of:</source>
        <translation>Comparar la parte del tiempo de cada grupo con su parte de:</translation>
    </message>
    <message>
        <source>The suggestion never reorders the queue: S gives the floor to the suggested person.</source>
        <translation>La sugerencia nunca reordena la cola: S da la palabra a la persona sugerida.</translation>
    </message>
    <message>
        <source>People who have not spoken yet</source>
        <translation>Personas que aún no han hablado</translation>
    </message>
    <message>
        <source>Under-represented stakeholder groups</source>
        <translation>Grupos de partes interesadas infrarrepresentados</translation>
    </message>
    <message>
        <source>Under-represented genders</source>
        <translation>Géneros infrarrepresentados</translation>
    </message>
    <message>
        <source>Under-represented UN regional groups</source>
        <translation>Grupos regionales de la ONU infrarrepresentados</translation>
    </message>
    <message>
        <source>Onsite or remote, whichever is under-represented</source>
        <translation>Presencial o remoto, el que esté infrarrepresentado</translation>
    </message>
</context>
<context>
    <name>ColourSchemeMenu</name>
    <message>
        <source>Colour &amp;scheme</source>
        <translation>Esquema de &amp;colores</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Light or dark, as the desktop is set</source>
        <translation>Claro u oscuro, según esté configurado el escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on a dark background, easier in a dim room</source>
        <translation>Texto claro sobre fondo oscuro, más cómodo en una sala con poca luz</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White on black with bold colours and a cyan focus ring</source>
        <translation>Blanco sobre negro con colores intensos y un marco de foco cian</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New session</source>
        <extracomment>The parent of the commands&apos; dialogs. The rapporteur&apos;s window for the open session, once opened (one per main window).</extracomment>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Created “%1”. Add participants with Ctrl+Shift+A.</source>
        <translation>Se creó «%1». Añada participantes con Ctrl+Mayús+A.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Importar archivo de sesión</translation>
    </message>
    <message>
        <source>Session files (*.json);;All files (*)</source>
        <translation>Archivos de sesión (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Session file merged</source>
        <translation>Archivo de sesión combinado</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó «%1».</translation>
    </message>
    <message>
        <source>Export session file</source>
        <translation>Exportar archivo de sesión</translation>
    </message>
    <message>
        <source>Session files (*.json)</source>
        <translation>Archivos de sesión (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Session details saved.</source>
        <translation>Detalles de la sesión guardados.</translation>
    </message>
    <message>
        <source>Session clock started.</source>
        <translation>Reloj de la sesión iniciado.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Finalizar la sesión</translation>
    </message>
    <message>
        <source>End the session now? The current intervention ends and the session clock stops.</source>
        <translation>¿Finalizar la sesión ahora? La intervención en curso termina y el reloj de la sesión se detiene.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sesión finalizada.</translation>
    </message>
    <message>
        <source>Session resumed.</source>
        <translation>Sesión reanudada.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Select someone in the roster first.</source>
        <translation>Seleccione primero a alguien de la lista.</translation>
    </message>
    <message>
        <source>Added %1 to the roster.</source>
        <translation>Se añadió a %1 a la lista.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <source>Remove %1 from the roster (and from the queue)?</source>
        <translation>¿Quitar a %1 de la lista (y de la cola)?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
    <message>
        <source>%1 is number %2 in the queue.</source>
        <translation>%1 es el número %2 de la cola.</translation>
    </message>
    <message>
        <source>Select an entry in the queue first.</source>
        <translation>Seleccione primero una entrada de la cola.</translation>
    </message>
    <message>
        <source>Withdrawn from the queue (Ctrl+Z undoes).</source>
        <translation>Retirado de la cola (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Queue change undone.</source>
        <translation>Cambio en la cola deshecho.</translation>
    </message>
    <message>
        <source>Queue change redone.</source>
        <translation>Cambio en la cola rehecho.</translation>
    </message>
    <message>
        <source>Intervention ended after %1.</source>
        <translation>Intervención terminada tras %1.</translation>
    </message>
    <message>
        <source>Nobody has the floor right now.</source>
        <translation>Ahora nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>Seconds for this intervention (0 = no limit):</source>
        <translation>Segundos para esta intervención (0 = sin límite):</translation>
    </message>
    <message>
        <source>Balance settings saved.</source>
        <translation>Ajustes de equilibrio guardados.</translation>
    </message>
    <message>
        <source>No contingents yet: set them in Balance settings (Ctrl+B).</source>
        <translation>Aún no hay cupos: fíjelos en los ajustes de equilibrio (Ctrl+B).</translation>
    </message>
    <message>
        <source>Add contingent time</source>
        <translation>Añadir tiempo al cupo</translation>
    </message>
    <message>
        <source>Stakeholder group:</source>
        <translation>Grupo de partes interesadas:</translation>
    </message>
    <message>
        <source>Minutes to add to %1 (negative takes time away):</source>
        <translation>Minutos que añadir a %1 (un valor negativo quita tiempo):</translation>
    </message>
    <message>
        <source>%1: %2 min added.</source>
        <translation>%1: %2 min añadidos.</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importar propuesta de taller</translation>
    </message>
    <message>
        <source>Session pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Páginas de sesión (*.txt *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import session page from the clipboard</source>
        <translation>Importar página de sesión desde el portapapeles</translation>
    </message>
    <message>
        <source>The clipboard holds no session page: %1</source>
        <translation>El portapapeles no contiene ninguna página de sesión: %1</translation>
    </message>
    <message>
        <source>Created “%1” from the proposal.</source>
        <translation>Se creó «%1» a partir de la propuesta.</translation>
    </message>
    <message>
        <source>Import roster (CSV)</source>
        <translation>Importar lista (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster: %1 added, %2 updated, %3 already there, %4 rows skipped.</source>
        <translation>Lista: %1 añadidos, %2 actualizados, %3 ya estaban, %4 filas omitidas.</translation>
    </message>
</context>
<context>
    <name>ConsoleBridge</name>
    <message>
        <source>The data file reads as damaged: %1 Nothing was changed. Everything saved before is in the backups: close and restart the app to be offered the newest good one.</source>
        <extracomment>After every committed write: the domain.changes.Change saying what changed. A message for the moderator: (text, is_error). A command could not be stored (disk full, read-only folder…): the plain message. It was rolled back. A command was stored again after one that could not be: the warning can go.</extracomment>
        <translation>El archivo de datos parece dañado: %1 No se cambió nada. Todo lo guardado antes está en las copias de seguridad: cierre y vuelva a abrir la aplicación para que se le ofrezca la más reciente en buen estado.</translation>
    </message>
    <message>
        <source>Could not save this change: %1. Nothing was changed; check the disk and try again.</source>
        <translation>No se pudo guardar este cambio: %1. No se modificó nada; revise el disco y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DamagedRestoreDialog</name>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Every backup listed here was checked and reads whole, newest first. The one you restore takes the place of the damaged file, which is moved aside first, as it is.</source>
        <translation>Todas las copias de esta lista se comprobaron y se leen completas; la más reciente primero. La que restaure ocupa el lugar del archivo dañado, que antes se aparta tal como está.</translation>
    </message>
    <message>
        <source>Restore the backup taken %1? The damaged file is moved aside first, as it is, and the backup is put in its place.</source>
        <translation>¿Restaurar la copia hecha %1? Antes se aparta el archivo dañado tal como está y la copia se pone en su lugar.</translation>
    </message>
</context>
<context>
    <name>EventStatsDialog</name>
    <message>
        <source>Event statistics</source>
        <translation>Estadísticas del evento</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Grupo regional de la ONU</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>The event whose sessions are added up</source>
        <translation>El evento cuyas sesiones se suman</translation>
    </message>
    <message>
        <source>Event summary</source>
        <translation>Resumen del evento</translation>
    </message>
    <message>
        <source>Figures by dimension</source>
        <translation>Cifras por dimensión</translation>
    </message>
    <message>
        <source>%1 balance</source>
        <translation>Equilibrio por %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% del tiempo</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>% of people</source>
        <translation>% de personas</translation>
    </message>
    <message>
        <source>%1: time and people</source>
        <translation>%1: tiempo y personas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Balance (gender)</source>
        <translation>Equilibrio (género)</translation>
    </message>
    <message>
        <source>Sessions furthest from balance</source>
        <translation>Sesiones más alejadas del equilibrio</translation>
    </message>
    <message>
        <source>Furthest from balance</source>
        <translation>Más alejadas del equilibrio</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Save these figures as a CSV file for a spreadsheet</source>
        <translation>Guardar estas cifras como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Search this event&apos;s &amp;notes…</source>
        <translation>Buscar en las &amp;notas del evento…</translation>
    </message>
    <message>
        <source>Find words in the notes of this event&apos;s sessions; Enter on a note opens its session</source>
        <translation>Buscar palabras en las notas de las sesiones de este evento; Intro en una nota abre su sesión</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Figures of the event, one row each; the arrow keys move from cell to cell</source>
        <translation>Cifras del evento, una por fila; las flechas pasan de una celda a otra</translation>
    </message>
    <message>
        <source>No balance yet: nobody has spoken in these sessions.</source>
        <translation>Aún no hay equilibrio: nadie ha hablado en estas sesiones.</translation>
    </message>
    <message>
        <source>Balance %1 %: %2 % of the speaking time would have to change hands to match who was there.</source>
        <translation>Equilibrio %1 %: el %2 % del tiempo de palabra tendría que cambiar de manos para corresponder a los presentes.</translation>
    </message>
    <message>
        <source>No events yet: give sessions an event in Session details (Ctrl+Shift+D).</source>
        <translation>Aún no hay eventos: asigne un evento a las sesiones en Detalles de la sesión (Ctrl+Mayús+D).</translation>
    </message>
    <message>
        <source>%1 sessions; substantive speaking time %2 (facilitation %3, points of order %4).</source>
        <translation>%1 sesiones; tiempo de palabra sustantivo %2 (moderación %3, cuestiones de orden %4).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>GettingStartedGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>A walkthrough of the main window, one area per page</source>
        <translation>Un recorrido por la ventana principal, una zona por página</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The previous page of the walkthrough</source>
        <translation>La página anterior del recorrido</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next page of the walkthrough</source>
        <translation>La página siguiente del recorrido</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the walkthrough</source>
        <translation>Cerrar el recorrido</translation>
    </message>
    <message>
        <source>It will not open by itself again; Help → Getting started brings it back</source>
        <translation>No volverá a abrirse solo; Ayuda → Primeros pasos lo recupera</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This is the demo session, an IGF round table to try things on. Nothing you do here touches a real session, and File → Open the demo session (%1) brings it back at any time.

Everything works from the keyboard. Enter goes to the next page, Esc closes this guide; the window behind it keeps working while it is open.</source>
        <translation>Esta es la sesión de demostración, una mesa redonda del IGF para hacer pruebas. Nada de lo que haga aquí afecta a una sesión real, y Archivo → Abrir la sesión de demostración (%1) la recupera en cualquier momento.

Todo funciona con el teclado. Intro pasa a la página siguiente y Esc cierra esta guía; la ventana de detrás sigue funcionando mientras está abierta.</translation>
    </message>
    <message>
        <source>The timer</source>
        <translation>El temporizador</translation>
    </message>
    <message>
        <source>Who has the floor and how much time is left, large enough to read from the chair. The phase is said in colour, a shape and words: ● on time, ▲ wrap up, ■ over time, ❚❚ paused.

Space starts, pauses and resumes; N gives the floor to the next in the queue; + and − give or take 30 seconds; Esc brings the keys back here from any field.</source>
        <translation>Quién tiene la palabra y cuánto tiempo le queda, en grande para leerlo desde la presidencia. La fase se indica con color, una forma y palabras: ● a tiempo, ▲ concluir, ■ tiempo excedido, ❚❚ en pausa.

Espacio inicia, pausa y reanuda; N da la palabra al siguiente de la cola; + y − dan o quitan 30 segundos; Esc devuelve aquí las teclas desde cualquier campo.</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La cola</translation>
    </message>
    <message>
        <source>Who asked for the floor, in order. A adds someone (type a few letters of the name), P adds a point of order or a direct reply at the top, Alt+Up and Alt+Down reorder, Delete withdraws while the queue has the focus. The line under the timer always shows the next three.</source>
        <translation>Quién pidió la palabra, por orden. A añade a alguien (escriba unas letras del nombre), P añade una cuestión de orden o una réplica al principio, Alt+Arriba y Alt+Abajo reordenan, Supr retira mientras la cola tiene el foco. La línea bajo el temporizador muestra siempre los tres siguientes.</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>La lista</translation>
    </message>
    <message>
        <source>Everyone in the room and online, with their speaking time so far. %1 finds a person, %2 adds one, Q puts the selected person in the queue, F2 edits.</source>
        <translation>Todas las personas en la sala y en línea, con su tiempo de palabra hasta ahora. %1 busca a una persona, %2 añade una, Q pone en la cola a la persona seleccionada, F2 edita.</translation>
    </message>
    <message>
        <source>The balance</source>
        <translation>El equilibrio</translation>
    </message>
    <message>
        <source>The share of speaking time by stakeholder group, gender, region and attendance, against the share of people. It suggests who could speak next to even things out; S gives them the floor. %1 sets what it compares with and any time budgets per group.</source>
        <translation>La parte del tiempo de palabra por grupo de partes interesadas, género, región y modalidad, frente a la parte de personas. Sugiere quién podría hablar a continuación para equilibrar; S le da la palabra. %1 fija con qué se compara y los cupos de tiempo de cada grupo.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes: %1 puts the cursor in the quick-note field under the timer, Alt+1 to Alt+9 tag the note, Enter saves it linked to the current speaker. The Notes panel (beside Interventions) searches, filters and edits them.</source>
        <translation>Las notas de la relatoría: %1 pone el cursor en el campo de nota rápida bajo el temporizador, Alt+1 a Alt+9 etiquetan la nota, Intro la guarda vinculada al orador actual. El panel Notas (junto a Intervenciones) las busca, filtra y edita.</translation>
    </message>
    <message>
        <source>Remote participants</source>
        <translation>Participantes remotos</translation>
    </message>
    <message>
        <source>The online moderator&apos;s panel, in a tab beside the queue (%1): take down who asks from the video call or the chat and what they wrote; I brings the first remote request into the main queue.</source>
        <translation>El panel del moderador en línea, en una pestaña junto a la cola (%1): anote quién pide la palabra desde la videollamada o el chat y qué escribió; I pasa la primera solicitud remota a la cola principal.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>%1 opens the rapporteur&apos;s report in its own window: drafted from the notes and the balance, editable section by section, exported to Word, OpenDocument, PDF, HTML or Markdown.

F1 lists every keyboard shortcut, F9 opens the stage display for the speakers, and Help → Getting started shows this guide again.</source>
        <translation>%1 abre el informe de relatoría en su propia ventana: redactado a partir de las notas y el equilibrio, editable sección por sección y exportable a Word, OpenDocument, PDF, HTML o Markdown.

F1 muestra todos los atajos de teclado, F9 abre la pantalla del escenario para los oradores y Ayuda → Primeros pasos vuelve a mostrar esta guía.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Interventions so far</source>
        <translation>Intervenciones hasta ahora</translation>
    </message>
    <message>
        <source>Every turn so far, newest first, with its speaking time</source>
        <translation>Todos los turnos hasta ahora, el más reciente primero, con su tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>InterventionsModel</name>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Unirse a una sesión compartida</translation>
    </message>
    <message>
        <source>Type the join code the onsite moderator&apos;s screen shows.</source>
        <translation>Escriba el código que muestra la pantalla del moderador presencial.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código para unirse</translation>
    </message>
    <message>
        <source>24 characters; case, spaces and dashes do not matter; an invitation also fills in the address</source>
        <translation>24 caracteres; no importan mayúsculas, espacios ni guiones; una invitación rellena también la dirección</translation>
    </message>
    <message>
        <source>Sessions found on this network</source>
        <translation>Sesiones encontradas en esta red</translation>
    </message>
    <message>
        <source>Choosing one fills in its address</source>
        <translation>Elegir una rellena su dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>HOST:PORT as the host&apos;s screen shows it; empty: look for the host on this network</source>
        <translation>HOST:PUERTO tal como lo muestra la pantalla del anfitrión; vacío: buscar al anfitrión en esta red</translation>
    </message>
    <message>
        <source>empty: look on this network</source>
        <translation>vacío: buscar en esta red</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>What this laptop does in the session</source>
        <translation>Lo que hace este portátil en la sesión</translation>
    </message>
    <message>
        <source>Join status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Whether the join worked, and why not</source>
        <translation>Si la unión funcionó, y por qué no</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>&amp;Encontradas en esta red:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Connects to the host and opens the shared session</source>
        <translation>Se conecta al anfitrión y abre la sesión compartida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this window without joining</source>
        <translation>Cierra esta ventana sin unirse</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Uniéndose a %1…</translation>
    </message>
    <message>
        <source>Looking for the host on this network…</source>
        <translation>Buscando al anfitrión en esta red…</translation>
    </message>
    <message>
        <source>Invitation read: the code and the address are filled in; choose the role.</source>
        <translation>Invitación leída: el código y la dirección están rellenados; elija el rol.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>None found yet (the network may block it): type the address.</source>
        <translation>Ninguna encontrada todavía (la red puede impedirlo): escriba la dirección.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Next speakers</source>
        <translation>Siguientes oradores</translation>
    </message>
    <message>
        <source>Roster</source>
        <extracomment>The console has closed and every window it owns with it: the app ends (or restarts), see app.py. Every action of the window by its name in the table (&quot;next&quot;, &quot;toggle&quot;, &quot;quick_note&quot;…). The actions of each menu, under the menu&apos;s title (the keyboard card and the shortcut list read it).</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus, in menu-bar order (the stage&apos;s menu goes before Help: see MainWindow).</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>Pala&amp;bra</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <extracomment>Every command of the window, in menu order.</extracomment>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open the &amp;demo session</source>
        <translation>Abrir la sesión de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Importar archivo de sesión…</translation>
    </message>
    <message>
        <source>Import workshop &amp;proposal…</source>
        <translation>Importar &amp;propuesta de taller…</translation>
    </message>
    <message>
        <source>Import session page from the c&amp;lipboard…</source>
        <translation>Importar pá&amp;gina de sesión desde el portapapeles…</translation>
    </message>
    <message>
        <source>Copy an IGF session page in the browser (all of it), then choose this to preview it</source>
        <translation>Copie una página de sesión del IGF en el navegador (completa) y elija esto para previsualizarla</translation>
    </message>
    <message>
        <source>Paste a session page to import…</source>
        <translation>Pegar una página de sesión para importarla…</translation>
    </message>
    <message>
        <source>A box to paste an IGF session page&apos;s text into, then the same preview</source>
        <translation>Un cuadro donde pegar el texto de una página de sesión del IGF y luego la misma vista previa</translation>
    </message>
    <message>
        <source>&amp;Export session file…</source>
        <translation>&amp;Exportar archivo de sesión…</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>&amp;Unirse a una sesión compartida…</translation>
    </message>
    <message>
        <source>Type the code the onsite moderator&apos;s laptop shows, and work on the session with them</source>
        <translation>Escriba el código que muestra el portátil del moderador presencial y trabaje en la sesión con él</translation>
    </message>
    <message>
        <source>&amp;Leave the shared session</source>
        <translation>A&amp;bandonar la sesión compartida</translation>
    </message>
    <message>
        <source>Stop sharing, or leave the session joined; this laptop keeps its copy</source>
        <translation>Deja de compartir o sale de la sesión a la que se unió; este portátil conserva su copia</translation>
    </message>
    <message>
        <source>&amp;Rapporteur&apos;s report…</source>
        <translation>Info&amp;rme de relatoría…</translation>
    </message>
    <message>
        <source>Draft the session report from the notes and the balance; edit, export, print</source>
        <translation>Redactar el informe de la sesión a partir de las notas y el equilibrio; editar, exportar, imprimir</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup; a backup of the current state is taken first</source>
        <translation>Volver a una copia de seguridad automática; antes se guarda una copia del estado actual</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo queue change</source>
        <translation>&amp;Deshacer cambio en la cola</translation>
    </message>
    <message>
        <source>&amp;Redo queue change</source>
        <translation>&amp;Rehacer cambio en la cola</translation>
    </message>
    <message>
        <source>Session &amp;details and agenda…</source>
        <translation>Detalles de la sesión y &amp;orden del día…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>&amp;Find in roster</source>
        <translation>&amp;Buscar en la lista</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Añadir participante…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Import roster (&amp;CSV)…</source>
        <translation>Importar lista (&amp;CSV)…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Editar participante…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove participant…</source>
        <translation>&amp;Quitar participante…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>&amp;Queue selected participant</source>
        <translation>Poner en c&amp;ola al participante seleccionado</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>&amp;Give the floor to selected</source>
        <translation>&amp;Dar la palabra al seleccionado</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>&amp;Add to queue…</source>
        <translation>&amp;Añadir a la cola…</translation>
    </message>
    <message>
        <source>&amp;Point of order or reply…</source>
        <translation>&amp;Cuestión de orden o réplica…</translation>
    </message>
    <message>
        <source>Add a point of order or direct reply: it goes to the top of the queue</source>
        <translation>Añadir una cuestión de orden o una réplica: pasa al principio de la cola</translation>
    </message>
    <message>
        <source>Point of order…</source>
        <translation>Cuestión de orden…</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected</source>
        <translation>&amp;Retirar seleccionado</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Mover al &amp;principio</translation>
    </message>
    <message>
        <source>&amp;Remote request…</source>
        <translation>Solicitud re&amp;mota…</translation>
    </message>
    <message>
        <source>The online moderator&apos;s panel: who, platform, what they wrote; Enter adds it to the remote queue</source>
        <translation>El panel del moderador en línea: quién, plataforma, qué escribió; Intro lo añade a la cola remota</translation>
    </message>
    <message>
        <source>Bring the first remote request &amp;in</source>
        <translation>&amp;Incorporar la primera solicitud remota</translation>
    </message>
    <message>
        <source>The first request of the remote queue goes next in the main queue, after any points of order</source>
        <translation>La primera solicitud de la cola remota pasa la siguiente en la cola principal, tras las cuestiones de orden</translation>
    </message>
    <message>
        <source>Bring remote in</source>
        <translation>Incorporar remoto</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Iniciar / pausar / reanudar</translation>
    </message>
    <message>
        <source>Pause or resume the timer; with nobody speaking, give the floor to the next in the queue</source>
        <translation>Pausar o reanudar el temporizador; si nadie habla, dar la palabra al siguiente de la cola</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>&amp;Siguiente orador</translation>
    </message>
    <message>
        <source>End the current intervention and give the floor to the head of the queue</source>
        <translation>Terminar la intervención actual y dar la palabra al primero de la cola</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;suggested speaker</source>
        <translation>Dar la palabra al orador su&amp;gerido</translation>
    </message>
    <message>
        <source>The suggestion in the Balance panel; the rest of the queue keeps its order</source>
        <translation>La sugerencia del panel Equilibrio; el resto de la cola mantiene su orden</translation>
    </message>
    <message>
        <source>Give floor (S)</source>
        <translation>Dar la palabra (S)</translation>
    </message>
    <message>
        <source>&amp;End intervention</source>
        <translation>&amp;Terminar intervención</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Terminar turno</translation>
    </message>
    <message>
        <source>Give &amp;30 s more</source>
        <translation>Dar &amp;30 s más</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Take 30 s &amp;away</source>
        <translation>&amp;Quitar 30 s</translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Set &amp;allotted time…</source>
        <translation>Fijar tiempo &amp;asignado…</translation>
    </message>
    <message>
        <source>&amp;Next agenda segment</source>
        <translation>Siguiente &amp;segmento del orden del día</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Siguiente segmento</translation>
    </message>
    <message>
        <source>&amp;Start session clock</source>
        <translation>&amp;Iniciar el reloj de la sesión</translation>
    </message>
    <message>
        <source>&amp;Balance settings and contingents…</source>
        <translation>Ajustes de &amp;equilibrio y cupos…</translation>
    </message>
    <message>
        <source>Add time to a group&apos;s &amp;contingent…</source>
        <translation>Añadir tiempo al &amp;cupo de un grupo…</translation>
    </message>
    <message>
        <source>Event s&amp;tatistics…</source>
        <translation>Estadís&amp;ticas del evento…</translation>
    </message>
    <message>
        <source>S&amp;hare this session…</source>
        <translation>Co&amp;mpartir esta sesión…</translation>
    </message>
    <message>
        <source>Show a join code for the online moderator&apos;s and the rapporteur&apos;s laptops</source>
        <translation>Muestra un código para unir los portátiles del moderador en línea y del relator</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;Finalizar la sesión…</translation>
    </message>
    <message>
        <source>&amp;Resume ended session</source>
        <translation>&amp;Reanudar la sesión finalizada</translation>
    </message>
    <message>
        <source>&amp;Quick note</source>
        <translation>Nota &amp;rápida</translation>
    </message>
    <message>
        <source>Type a note under the timer: Enter saves it, Esc goes back to the timer</source>
        <translation>Escriba una nota bajo el temporizador: Intro la guarda, Esc vuelve al temporizador</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Buscar en las notas</translation>
    </message>
    <message>
        <source>Search &amp;all sessions&apos; notes…</source>
        <translation>Buscar en las notas de &amp;todas las sesiones…</translation>
    </message>
    <message>
        <source>Find notes in every session, or one event&apos;s; Enter shows a note in its session</source>
        <translation>Buscar notas en todas las sesiones o en las de un evento; Intro muestra la nota en su sesión</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>Eli&amp;minar nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Deshacer cambio en las notas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Back to the &amp;timer</source>
        <translation>Volver al &amp;temporizador</translation>
    </message>
    <message>
        <source>Leave a text field so single-key shortcuts work again</source>
        <translation>Salir del campo de texto para que vuelvan a funcionar los atajos de una tecla</translation>
    </message>
    <message>
        <source>Ne&amp;xt panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Put the keyboard on the next panel: timer, roster, queue, remote queue, balance, interventions, notes</source>
        <translation>Lleva el teclado al panel siguiente: temporizador, lista, cola, cola remota, equilibrio, intervenciones, notas</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Ir a la c&amp;ola</translation>
    </message>
    <message>
        <source>Put the keyboard on the queue table: Del withdraws, Alt+Up and Alt+Down move</source>
        <translation>Lleva el teclado a la tabla de la cola: Supr retira, Alt+Arriba y Alt+Abajo mueven</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>A short walkthrough of the window: timer, queue, roster, balance, notes, report</source>
        <translation>Un breve recorrido por la ventana: temporizador, cola, lista, equilibrio, notas, informe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About moderator-app</source>
        <translation>&amp;Acerca de moderator-app</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>Cola remota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <extracomment>The labels of Start / pause / resume as it stands (the toolbar keeps the widest one&apos;s width).</extracomment>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Start next</source>
        <translation>&amp;Iniciar el siguiente</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>De&amp;jar de compartir</translation>
    </message>
    <message>
        <source>In a shared session only the onsite moderator&apos;s laptop runs the floor, the queues, the agenda and the roster; this laptop joined as %1.</source>
        <translation>En una sesión compartida solo el portátil del moderador presencial lleva la palabra, las colas, el orden del día y la lista de participantes; este portátil se unió como %1.</translation>
    </message>
    <message>
        <source>In a shared session remote requests and new people are added on the online moderator&apos;s laptop (or the onsite moderator&apos;s); this laptop joined as %1.</source>
        <translation>En una sesión compartida las solicitudes remotas y las personas nuevas se añaden en el portátil del moderador en línea (o en el del moderador presencial); este portátil se unió como %1.</translation>
    </message>
    <message>
        <source>In a shared session the notes are written on the rapporteur&apos;s laptop (or the onsite moderator&apos;s); this laptop joined as %1.</source>
        <translation>En una sesión compartida las notas se escriben en el portátil del relator (o en el del moderador presencial); este portátil se unió como %1.</translation>
    </message>
    <message>
        <source>In a shared session the report is written on the rapporteur&apos;s laptop (or the onsite moderator&apos;s); this laptop joined as %1, so it shows the report without changing it.</source>
        <translation>En una sesión compartida el informe se escribe en el portátil de la relatoría (o en el de la moderación presencial); este portátil se unió como %1, así que muestra el informe sin cambiarlo.</translation>
    </message>
    <message>
        <source>The session has ended. Session → Resume ended session (Shift+F5) carries on.</source>
        <translation>La sesión ha finalizado. Sesión → Reanudar la sesión finalizada (Mayús+F5) permite continuar.</translation>
    </message>
    <message>
        <source>The queue is empty: press A to add someone.</source>
        <translation>La cola está vacía: pulse A para añadir a alguien.</translation>
    </message>
    <message>
        <source>Nobody has the floor right now.</source>
        <translation>Ahora nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La sesión ya ha finalizado.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>La sesión todavía no ha empezado.</translation>
    </message>
    <message>
        <source>This laptop is sharing its session: File → Stop sharing (Ctrl+Shift+L) first.</source>
        <translation>Este portátil está compartiendo su sesión: antes, Archivo → Dejar de compartir (Ctrl+Mayús+L).</translation>
    </message>
    <message>
        <source>Nothing to undo in the queue.</source>
        <translation>No hay nada que deshacer en la cola.</translation>
    </message>
    <message>
        <source>Nothing to redo in the queue.</source>
        <translation>No hay nada que rehacer en la cola.</translation>
    </message>
    <message>
        <source>The remote queue is empty.</source>
        <translation>La cola remota está vacía.</translation>
    </message>
    <message>
        <source>The session clock has already started.</source>
        <translation>El reloj de la sesión ya está en marcha.</translation>
    </message>
    <message>
        <source>The session has not ended.</source>
        <translation>La sesión no ha finalizado.</translation>
    </message>
    <message>
        <source>This session has no agenda: add segments with Session details (Ctrl+Shift+D).</source>
        <translation>Esta sesión no tiene orden del día: añada segmentos en Detalles de la sesión (Ctrl+Mayús+D).</translation>
    </message>
    <message>
        <source>This laptop has joined another laptop&apos;s shared session and cannot share it: File → Leave the shared session (Ctrl+Shift+L) first.</source>
        <translation>Este portátil se unió a la sesión compartida de otro portátil y no puede compartirla: antes, Archivo → Abandonar la sesión compartida (Ctrl+Mayús+L).</translation>
    </message>
    <message>
        <source>This laptop is joined to a shared session: File → Leave the shared session (Ctrl+Shift+L) first.</source>
        <translation>Este portátil está unido a una sesión compartida: antes, Archivo → Abandonar la sesión compartida (Ctrl+Mayús+L).</translation>
    </message>
    <message>
        <source>This laptop is not sharing a session or joined to one.</source>
        <translation>Este portátil no está compartiendo ninguna sesión ni unido a una.</translation>
    </message>
    <message>
        <source>✔ Every change saved · %1</source>
        <extracomment>The next-speakers line under the timer. The timer, the session bar with the agenda&apos;s progress, and the stage display: one reading. Which actions are switched on, and what Start / pause / resume says. The parts of a session each panel shows: a change touching none of them leaves the panel alone. The balance waits for the next tick to be worked out again (a change touched what it shows). The whole second of the running turn last shown in the balance and the tables (None: nobody speaks). The snapshot whose open turns follow_speakers found, and those turns (once per command). The panels the last refresh updated (the actions benchmark prints them).</extracomment>
        <translation>✔ Todos los cambios guardados · %1</translation>
    </message>
</context>
<context>
    <name>NextSpeakers</name>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
    <message>
        <source>Queue empty: press A to add someone</source>
        <translation>Cola vacía: pulse A para añadir a alguien</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more waiting)</source>
        <translation>
            <numerusform>(+%n más en espera)</numerusform>
            <numerusform>(+%n más en espera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote waiting (I)</source>
        <translation>
            <numerusform>%n remoto en espera (I)</numerusform>
            <numerusform>%n remotos en espera (I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Type the note first; nothing was saved.</source>
        <extracomment>The parent of the note dialogs. What the Notes dock shows now: notes, roster, agenda (the snapshot&apos;s own tuples) and filters.</extracomment>
        <translation>Escriba primero la nota; no se guardó nada.</translation>
    </message>
    <message>
        <source>Note saved %1. Esc: back to the timer.</source>
        <translation>Nota guardada %1. Esc: volver al temporizador.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(sin vincular)</translation>
    </message>
    <message>
        <source>Select a note in the Notes panel first.</source>
        <translation>Seleccione primero una nota en el panel Notas.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z in the notes table, or Notes → Undo note change, brings it back).</source>
        <translation>Nota eliminada (Ctrl+Z en la tabla de notas, o Notas → Deshacer cambio en las notas, la recupera).</translation>
    </message>
    <message>
        <source>Note change undone.</source>
        <translation>Cambio en las notas deshecho.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>The note as the report will quote it; Tab moves on to the tags</source>
        <translation>La nota tal como la citará el informe; Tab pasa a las etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag the note: tags decide which report section drafts from it</source>
        <translation>Etiquete la nota: las etiquetas deciden qué sección del informe la usa</translation>
    </message>
    <message>
        <source>Linked speaker</source>
        <translation>Orador vinculado</translation>
    </message>
    <message>
        <source>Linked segment</source>
        <translation>Segmento vinculado</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>Linked intervention</source>
        <translation>Intervención vinculada</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orador:</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <translation>S&amp;egmento:</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>&amp;Intervención:</translation>
    </message>
    <message>
        <source>What the note is linked to; (none) for no link</source>
        <translation>A qué está vinculada la nota; (ninguno) para no vincularla</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>NoteHitsModel</name>
    <message>
        <source>Session</source>
        <extracomment>The data role that holds an excerpt&apos;s marks (the places of the matched words). Typing pauses this long before the search runs (Enter runs it at once).</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes: words or the start of words</source>
        <translation>Buscar en las notas: palabras o comienzos de palabras</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Filter notes by speaker</source>
        <translation>Filtrar notas por orador</translation>
    </message>
    <message>
        <source>Filter notes by segment</source>
        <translation>Filtrar notas por segmento</translation>
    </message>
    <message>
        <source>Filter notes by tag</source>
        <translation>Filtrar notas por etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Notas mostradas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The notes taken; F2 edits, Delete deletes, Ctrl+Z undoes</source>
        <translation>Las notas tomadas; F2 edita, Supr elimina, Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los oradores</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 de %2 notas</translation>
    </message>
    <message>
        <source>%1 of 1 note</source>
        <translation>%1 de 1 nota</translation>
    </message>
</context>
<context>
    <name>NotesSearchDialog</name>
    <message>
        <source>Search all sessions&apos; notes</source>
        <translation>Buscar en las notas de todas las sesiones</translation>
    </message>
    <message>
        <source>Words or the starts of words, e.g. “regul women”</source>
        <translation>Palabras o comienzos de palabras, p. ej. «regul mujeres»</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Notes that contain every word are found; Enter searches, Down goes to the notes found</source>
        <translation>Se encuentran las notas que contienen todas las palabras; Intro busca, Flecha abajo va a las notas encontradas</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>Every session in the data folder, or one event&apos;s sessions</source>
        <translation>Todas las sesiones de la carpeta de datos, o las sesiones de un evento</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Newest first: notes written or imported last come first. Best match: the most relevant first</source>
        <translation>Más recientes primero: las notas escritas o importadas en último lugar van primero. Mejor coincidencia: las más pertinentes primero</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Mejor coincidencia primero</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the notes for these words now (Enter)</source>
        <translation>Buscar ahora estas palabras en las notas (Intro)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notas encontradas</translation>
    </message>
    <message>
        <source>One note per row, matched words in bold; Enter shows the note in its session&apos;s Notes panel</source>
        <translation>Una nota por fila, las palabras encontradas en negrita; Intro muestra la nota en el panel Notas de su sesión</translation>
    </message>
    <message>
        <source>The whole note</source>
        <translation>La nota completa</translation>
    </message>
    <message>
        <source>The selected note in full, matched words in bold</source>
        <translation>La nota seleccionada completa, las palabras encontradas en negrita</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Add the next %1 notes found to the list</source>
        <translation>Añadir a la lista las %1 notas encontradas siguientes</translation>
    </message>
    <message>
        <source>Show in &amp;Notes panel</source>
        <translation>Mostrar en el panel &amp;Notas</translation>
    </message>
    <message>
        <source>Show in Notes panel</source>
        <translation>Mostrar en el panel Notas</translation>
    </message>
    <message>
        <source>Open the selected note&apos;s session in the main window and select the note (Enter)</source>
        <translation>Abrir la sesión de la nota seleccionada en la ventana principal y seleccionar la nota (Intro)</translation>
    </message>
    <message>
        <source>Search &amp;for:</source>
        <translation>Bus&amp;car:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>Type at least one word with a letter or a digit: punctuation alone is not searched.</source>
        <translation>Escriba al menos una palabra con una letra o una cifra: la puntuación sola no se busca.</translation>
    </message>
    <message>
        <source>No session belongs to this event any more; choose All sessions.</source>
        <translation>Ya no hay ninguna sesión en este evento; elija Todas las sesiones.</translation>
    </message>
    <message>
        <source>Type words to find the notes that contain them all, in every session or one event&apos;s: the start of a word is enough (“regul” finds “regulation”), and accents and capitals do not matter.</source>
        <translation>Escriba palabras para encontrar las notas que las contienen todas, en todas las sesiones o en las de un evento: basta con el comienzo de una palabra («regul» encuentra «regulación») y no importan los acentos ni las mayúsculas.</translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation>todas las sesiones</translation>
    </message>
    <message>
        <source>the sessions of %1</source>
        <translation>las sesiones de %1</translation>
    </message>
    <message>
        <source>None of the notes of %1 contains every word. Try fewer words or the start of a word.</source>
        <translation>Ninguna de las notas de %1 contiene todas las palabras. Pruebe con menos palabras o con el comienzo de una palabra.</translation>
    </message>
    <message>
        <source>More than %1 notes found in %2: these are the best matches among the %1 newest. Add words to narrow the search.</source>
        <translation>Más de %1 notas encontradas en %2: estas son las mejores coincidencias entre las %1 más recientes. Añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>More than %1 notes found in %2; showing the %3 newest. Show more, or add words to narrow the search.</source>
        <translation>Más de %1 notas encontradas en %2; se muestran las %3 más recientes. Muestre más o añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>%1 notes found in %2: too many to rank them all, so these are the best matches among the %3 newest. Add words to narrow the search.</source>
        <translation>%1 notas encontradas en %2: demasiadas para ordenarlas todas, así que estas son las mejores coincidencias entre las %3 más recientes. Añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>One note found in %1.</source>
        <translation>Una nota encontrada en %1.</translation>
    </message>
    <message>
        <source>%1 notes found in %2, best match first.</source>
        <translation>%1 notas encontradas en %2, la mejor coincidencia primero.</translation>
    </message>
    <message>
        <source>%1 notes found in %2, newest first.</source>
        <translation>%1 notas encontradas en %2, las más recientes primero.</translation>
    </message>
    <message>
        <source>%1 notes found in %2; showing the %3 best matches. Show more, or add words to narrow the search.</source>
        <translation>%1 notas encontradas en %2; se muestran las %3 mejores coincidencias. Muestre más o añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>%1 notes found in %2; showing the %3 newest. Show more, or add words to narrow the search.</source>
        <translation>%1 notas encontradas en %2; se muestran las %3 más recientes. Muestre más o añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>Shown in the Notes panel: a note of “%1”. Esc closes this window.</source>
        <translation>Mostrada en el panel Notas: una nota de «%1». Esc cierra esta ventana.</translation>
    </message>
    <message>
        <source>That note is no longer there (deleted since the search); search again.</source>
        <translation>Esa nota ya no existe (se eliminó después de la búsqueda); vuelva a buscar.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The name as the report and the stage display should show it</source>
        <translation>El nombre tal como deben mostrarlo el informe y la pantalla del escenario</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>The organisation, institution or government they speak for</source>
        <translation>La organización, institución o gobierno en cuyo nombre habla</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type a few letters to find the country; it sets the UN regional group</source>
        <translation>Escriba unas letras para encontrar el país; determina el grupo regional de la ONU</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Grupo regional de la ONU</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Tick every role this person has in the session</source>
        <translation>Marque cada función que tiene esta persona en la sesión</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>In the room or online; counted apart in the balance</source>
        <translation>En la sala o en línea; se cuenta aparte en el equilibrio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Afiliación:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>Grupo de partes &amp;interesadas:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>UN regional group:</source>
        <translation>Grupo regional de la ONU:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>A&amp;ttendance:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Counted in the speaking-time balance; Not stated is always allowed</source>
        <translation>Se cuenta en el equilibrio del tiempo de palabra; Sin indicar siempre está permitido</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name: it is the one required field.</source>
        <translation>Escriba el nombre del participante: es el único campo obligatorio.</translation>
    </message>
    <message>
        <source>“%1” is not a country in the list; pick one or type its two-letter code.</source>
        <translation>«%1» no es un país de la lista; elija uno o escriba su código de dos letras.</translation>
    </message>
</context>
<context>
    <name>PastePageDialog</name>
    <message>
        <source>Paste a session page</source>
        <translation>Pegar una página de sesión</translation>
    </message>
    <message>
        <source>Select the whole session page in the browser, copy it, and paste it here (Ctrl+V).</source>
        <translation>Seleccione toda la página de la sesión en el navegador, cópiela y péguela aquí (Ctrl+V).</translation>
    </message>
    <message>
        <source>Session page text</source>
        <translation>Texto de la página de sesión</translation>
    </message>
    <message>
        <source>The page&apos;s text; nothing is saved until the preview</source>
        <translation>El texto de la página; nada se guarda antes de la vista previa</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Read the pasted page</source>
        <translation>Leer la página pegada</translation>
    </message>
    <message>
        <source>Show what was found before anything is saved</source>
        <translation>Mostrar lo encontrado antes de guardar nada</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Set before the window closes for a restart in the new language (app.py starts it again).</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Default speaking time</source>
        <translation>Tiempo de palabra predeterminado</translation>
    </message>
    <message>
        <source>Seconds each speaker gets in a new session, from 10 to 3600</source>
        <translation>Segundos que recibe cada orador en una sesión nueva, de 10 a 3600</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>Aviso antes del final</translation>
    </message>
    <message>
        <source>Seconds before the end when the timer warns the speaker, from 0 to 600</source>
        <translation>Segundos antes del final en que el temporizador avisa al orador, de 0 a 600</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Sesiones nuevas</translation>
    </message>
    <message>
        <source>Default &amp;speaking time:</source>
        <translation>Tiempo de palabra pre&amp;determinado:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>&amp;Aviso antes del final:</translation>
    </message>
    <message>
        <source>Sessions you already have keep their own times (Edit → Session details).</source>
        <translation>Las sesiones que ya tiene conservan sus propios tiempos (Editar → Detalles de la sesión).</translation>
    </message>
    <message>
        <source>Balance panel: show the balance by</source>
        <translation>Panel de equilibrio: mostrar el equilibrio por</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>G&amp;énero</translation>
    </message>
    <message>
        <source>UN &amp;regional group</source>
        <translation>Grupo &amp;regional de la ONU</translation>
    </message>
    <message>
        <source>&amp;Onsite or remote</source>
        <translation>Presencial o re&amp;moto</translation>
    </message>
    <message>
        <source>Show this tab in the Balance panel; at least one stays</source>
        <translation>Mostrar esta pestaña en el panel Equilibrio; al menos una se mantiene</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the interface; a new one takes effect when the app restarts</source>
        <translation>El idioma de la interfaz; uno nuevo se aplica al reiniciar la aplicación</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <source>The window&apos;s colours; they change when you press OK</source>
        <translation>Los colores de la ventana; cambian al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>Esquema de &amp;colores:</translation>
    </message>
    <message>
        <source>Screen for the stage display</source>
        <translation>Pantalla para la pantalla del escenario</translation>
    </message>
    <message>
        <source>The screen the stage display opens on, such as the projector</source>
        <translation>La pantalla en la que se abre la pantalla del escenario, como el proyector</translation>
    </message>
    <message>
        <source>Let the system choose</source>
        <translation>Que elija el sistema</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectada)</translation>
    </message>
    <message>
        <source>Sound c&amp;ue at warning and at time up</source>
        <translation>Señal &amp;sonora al aviso y al agotarse el tiempo</translation>
    </message>
    <message>
        <source>A short system sound when a speaker reaches the warning and the end of their time</source>
        <translation>Un breve sonido del sistema cuando un orador llega al aviso y al final de su tiempo</translation>
    </message>
    <message>
        <source>Scree&amp;n:</source>
        <translation>Pa&amp;ntalla:</translation>
    </message>
    <message>
        <source>Sound cue at warning and at time up</source>
        <translation>Señal sonora al aviso y al agotarse el tiempo</translation>
    </message>
    <message>
        <source>Stage display</source>
        <translation>Pantalla del escenario</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>The new language takes effect when moderator-app restarts. Everything is saved, so restarting loses nothing.</source>
        <translation>El nuevo idioma se aplica cuando moderator-app se reinicia. Todo está guardado, así que reiniciar no pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>ProposalPreview</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importar propuesta de taller</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Código de la sesión</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source>As read from the proposal; correct it here before importing</source>
        <translation>Tal como se leyó de la propuesta; corríjalo aquí antes de importar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Gender source</source>
        <translation>Origen del género</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Grupo regional de la ONU</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Participants found</source>
        <translation>Participantes encontrados</translation>
    </message>
    <message>
        <source>to be confirmed (the page&apos;s heading was lost)</source>
        <translation>por confirmar (se perdió el encabezado de la página)</translation>
    </message>
    <message>
        <source>Gender of %1</source>
        <translation>Género de %1</translation>
    </message>
    <message>
        <source>from honorific (%1), please confirm</source>
        <translation>por el tratamiento (%1), confírmelo</translation>
    </message>
    <message>
        <source>Lines not understood</source>
        <translation>Líneas no entendidas</translation>
    </message>
    <message>
        <source>Lines of the proposal that were not understood; nothing from them is imported</source>
        <translation>Líneas de la propuesta que no se entendieron; no se importa nada de ellas</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Línea %1: %2 — %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Crear sesión</translation>
    </message>
    <message>
        <source>Create session from this proposal</source>
        <translation>Crear una sesión a partir de esta propuesta</translation>
    </message>
    <message>
        <source>Create a new session with these details and people</source>
        <translation>Crear una sesión nueva con estos datos y personas</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>No importar nada</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Cerrar sin importar nada (Esc)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>Not understood (%1 lines)</source>
        <translation>No entendidas (%1 líneas)</translation>
    </message>
    <message>
        <source>Warning: no person could be read from this page. Check that it is the session&apos;s own page (the lines not understood are listed below); people can also be added after the import.</source>
        <translation>Atención: no se pudo leer ninguna persona de esta página. Compruebe que es la página de la sesión (las líneas no entendidas se listan abajo); también se pueden añadir personas después de importar.</translation>
    </message>
    <message>
        <source>%1 to be confirmed</source>
        <translation>%1 por confirmar</translation>
    </message>
    <message>
        <source>People (%1): %2</source>
        <translation>Personas (%1): %2</translation>
    </message>
    <message>
        <source>The date must look like 2017-12-21, or be left empty.</source>
        <translation>La fecha debe tener la forma 2017-12-21 o quedar vacía.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Import session file</source>
        <translation>Importar archivo de sesión</translation>
    </message>
    <message>
        <source>Merge keeps everything from both copies; where both changed an item, the later edit wins.</source>
        <translation>Combinar conserva todo de ambas copias; si las dos cambiaron un elemento, prevalece la edición más reciente.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Replace the one here</source>
        <translation>Reemplazar la de aquí</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Importar como copia</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>remote · %1</source>
        <translation>remoto · %1</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remoto</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Who waits for the floor, in order; Alt+Up and Alt+Down move, Delete withdraws</source>
        <translation>Quién espera la palabra, por orden; Alt+Arriba y Alt+Abajo mueven, Supr retira</translation>
    </message>
</context>
<context>
    <name>QueuePicker</name>
    <message>
        <source>Add to the queue</source>
        <extracomment>Below this many letters only the start of a word matches, so &quot;Li&quot; never picks &quot;Ciglic&quot;.</extracomment>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participantes coincidentes</translation>
    </message>
    <message>
        <source>People whose name matches what you type; Up and Down choose, Enter queues</source>
        <translation>Personas cuyo nombre coincide con lo que escribe; Arriba y Abajo eligen, Intro pone en la cola</translation>
    </message>
    <message>
        <source>Type a name or organisation; Enter adds the highlighted line</source>
        <translation>Escriba un nombre u organización; Intro añade la línea resaltada</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Kind of intervention</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Points of order and direct replies go to the top of the queue</source>
        <translation>Las cuestiones de orden y las réplicas van al principio de la cola</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>+ Add “%1” as a new participant</source>
        <translation>+ Añadir «%1» como nuevo participante</translation>
    </message>
</context>
<context>
    <name>QuickNoteBar</name>
    <message>
        <source>Quick note</source>
        <extracomment>(text, tags) when Enter is pressed in the field.</extracomment>
        <translation>Nota rápida</translation>
    </message>
    <message>
        <source>✎ Quick note (%1): type, Enter saves · Alt+1 … Alt+9 tag it · Esc back to the timer</source>
        <translation>✎ Nota rápida (%1): escriba, Intro guarda · Alt+1 … Alt+9 la etiquetan · Esc vuelve al temporizador</translation>
    </message>
    <message>
        <source>%1 (Alt+%2 in the note field)</source>
        <translation>%1 (Alt+%2 en el campo de nota)</translation>
    </message>
    <message>
        <source>The note will be linked to</source>
        <translation>La nota se vinculará a</translation>
    </message>
    <message>
        <source>Where the keys go</source>
        <translation>Adónde van las teclas</translation>
    </message>
    <message>
        <source>Tag %1: on</source>
        <translation>Etiqueta %1: activada</translation>
    </message>
    <message>
        <source>Tag %1: off</source>
        <translation>Etiqueta %1: desactivada</translation>
    </message>
    <message>
        <source>✎ Typing a note: single keys are off until Esc</source>
        <translation>✎ Escribiendo una nota: los atajos de una tecla están desactivados hasta Esc</translation>
    </message>
    <message>
        <source>%1: quick note</source>
        <translation>%1: nota rápida</translation>
    </message>
    <message>
        <source>→ linked to: %1</source>
        <translation>→ vinculada a: %1</translation>
    </message>
    <message>
        <source>→ linked to: %1 (nobody has the floor)</source>
        <translation>→ vinculada a: %1 (nadie tiene la palabra)</translation>
    </message>
    <message>
        <source>→ not linked: nobody has the floor</source>
        <translation>→ sin vincular: nadie tiene la palabra</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The data file was cut short, so it cannot be used.</source>
        <translation>El archivo de datos está truncado, así que no se puede usar.</translation>
    </message>
    <message>
        <source>The data file is not a moderator-app database.</source>
        <translation>El archivo de datos no es una base de datos de moderator-app.</translation>
    </message>
    <message>
        <source>The latest changes were lost with the data file&apos;s change log (its -wal file).</source>
        <translation>Los últimos cambios se perdieron con el registro de cambios del archivo de datos (su archivo -wal).</translation>
    </message>
    <message>
        <source>The data file&apos;s change log (its -wal file) does not belong to it.</source>
        <translation>El registro de cambios del archivo de datos (su archivo -wal) no le pertenece.</translation>
    </message>
    <message>
        <source>The data file is damaged, so it cannot be used.</source>
        <translation>El archivo de datos está dañado, así que no se puede usar.</translation>
    </message>
    <message>
        <source>• %1: %2 interventions, %3 notes</source>
        <translation>• %1: %2 intervenciones, %3 notas</translation>
    </message>
    <message>
        <source>• and %1 more sessions</source>
        <translation>• y %1 sesiones más</translation>
    </message>
    <message>
        <source>Taken %1 (%2), %3.</source>
        <translation>Hecha el %1 (%2), %3.</translation>
    </message>
    <message>
        <source>It holds no sessions.</source>
        <translation>No contiene ninguna sesión.</translation>
    </message>
    <message>
        <source>The data file cannot be used</source>
        <translation>No se puede usar el archivo de datos</translation>
    </message>
    <message>
        <source>Damaged data file</source>
        <translation>Archivo de datos dañado</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <source>%1

The file: %2</source>
        <translation>%1

El archivo: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Nothing has been deleted or overwritten. If you restore a backup or start empty, the file is first moved aside, as it is, to “%1.corrupt-” followed by today’s date and time, together with its -wal and -shm files, in the same folder. Quit leaves it where it is.</source>
        <translation>No se ha borrado ni sobrescrito nada. Si restaura una copia de seguridad o empieza vacío, antes se aparta el archivo tal como está a «%1.corrupt-» seguido de la fecha y hora de hoy, junto con sus archivos -wal y -shm, en la misma carpeta. Salir lo deja donde está.</translation>
    </message>
    <message>
        <source>The damaged file is kept</source>
        <translation>Se conserva el archivo dañado</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Copia buena más reciente</translation>
    </message>
    <message>
        <source>It was checked and reads whole. Changes made after it was taken are not in it.</source>
        <translation>Se comprobó y se lee completa. Los cambios hechos después de crearla no están en ella.</translation>
    </message>
    <message>
        <source>There is no usable backup in %1.</source>
        <translation>No hay ninguna copia de seguridad utilizable en %1.</translation>
    </message>
    <message>
        <source>The rest of the database reads whole. “Keep the database” goes on with it as it is, without the lost changes.</source>
        <translation>El resto de la base de datos se lee completo. «Mantener la base de datos» sigue con ella tal como está, sin los cambios perdidos.</translation>
    </message>
    <message>
        <source>The newest good backup holds changes the database no longer has: restoring it loses less.</source>
        <translation>La copia de seguridad más reciente en buen estado contiene cambios que la base de datos ya no tiene: restaurarla pierde menos.</translation>
    </message>
    <message>
        <source>The newest good backup holds none of the lost changes: keeping the database loses less.</source>
        <translation>La copia de seguridad más reciente en buen estado no contiene ninguno de los cambios perdidos: mantener la base de datos pierde menos.</translation>
    </message>
    <message>
        <source>The database itself reads whole without that -wal file. “Keep the database” goes on with it as it was last saved there and moves only the -wal aside (to “%1-wal.corrupt-” and the date): changes that only the -wal held are not used. This usually loses less than a backup.</source>
        <translation>La base de datos en sí se lee completa sin ese archivo -wal. «Mantener la base de datos» sigue con ella tal como se guardó por última vez y solo aparta el -wal (a «%1-wal.corrupt-» y la fecha): los cambios que solo estaban en el -wal no se usan. Normalmente se pierde menos que con una copia de seguridad.</translation>
    </message>
    <message>
        <source>Keeping the database</source>
        <translation>Mantener la base de datos</translation>
    </message>
    <message>
        <source>&amp;Keep the database, set the -wal aside</source>
        <translation>&amp;Mantener la base de datos y apartar el -wal</translation>
    </message>
    <message>
        <source>&amp;Keep the database as it is</source>
        <translation>&amp;Mantener la base de datos tal como está</translation>
    </message>
    <message>
        <source>Keep the database and set the -wal file aside</source>
        <translation>Mantener la base de datos y apartar el archivo -wal</translation>
    </message>
    <message>
        <source>Keep the database as it is</source>
        <translation>Mantener la base de datos tal como está</translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation>&amp;Restaurar la copia buena más reciente</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurar la copia buena más reciente</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;Elegir otra copia…</translation>
    </message>
    <message>
        <source>Choose another backup</source>
        <translation>Elegir otra copia de seguridad</translation>
    </message>
    <message>
        <source>Start with an &amp;empty data folder</source>
        <translation>Empezar con una carpeta de datos &amp;vacía</translation>
    </message>
    <message>
        <source>Start with an empty data folder</source>
        <translation>Empezar con una carpeta de datos vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit and leave the file as it is</source>
        <translation>Salir y dejar el archivo como está</translation>
    </message>
    <message>
        <source>Go on with the database as it is, without the lost changes.</source>
        <translation>Seguir con la base de datos tal como está, sin los cambios perdidos.</translation>
    </message>
    <message>
        <source>Go on with the database as it is; the -wal file is moved aside, not deleted.</source>
        <translation>Seguir con la base de datos tal como está; el archivo -wal se aparta, no se borra.</translation>
    </message>
    <message>
        <source>Move the damaged file aside and put the newest good backup in its place.</source>
        <translation>Apartar el archivo dañado y poner en su lugar la copia buena más reciente.</translation>
    </message>
    <message>
        <source>Pick the backup to restore from the list of backups that read whole.</source>
        <translation>Elegir la copia que restaurar de la lista de copias que se leen completas.</translation>
    </message>
    <message>
        <source>Move the damaged file aside and start again with only the demo session.</source>
        <translation>Apartar el archivo dañado y empezar de nuevo solo con la sesión de demostración.</translation>
    </message>
    <message>
        <source>Close the app without changing any file.</source>
        <translation>Cerrar la aplicación sin cambiar ningún archivo.</translation>
    </message>
    <message>
        <source>Restored the backup taken %1.</source>
        <translation>Se restauró la copia hecha el %1.</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Se restauró la copia %1.</translation>
    </message>
    <message>
        <source>Went on with the database as it was last saved.</source>
        <translation>Se siguió con la base de datos tal como se guardó por última vez.</translation>
    </message>
    <message>
        <source>The leftover -shm file was kept as %1.</source>
        <translation>El archivo -shm que quedó se guardó como %1.</translation>
    </message>
    <message>
        <source>The -wal file that did not belong was kept as %1.</source>
        <translation>El archivo -wal que no le pertenecía se conservó como %1.</translation>
    </message>
    <message>
        <source>Started with an empty data folder. Your backups are still there: File → Restore from backup brings one back.</source>
        <translation>Se empezó con una carpeta de datos vacía. Sus copias de seguridad siguen ahí: Archivo → Restaurar desde copia de seguridad recupera una.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>El archivo dañado se conservó como %1.</translation>
    </message>
    <message>
        <source>moderator-app</source>
        <translation>moderator-app</translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>%1 is number %2 in the remote queue.</source>
        <translation>%1 es el número %2 de la cola remota.</translation>
    </message>
    <message>
        <source>Added %1 to the roster as a remote participant; number %2 in the remote queue.</source>
        <translation>Se añadió a %1 a la lista como participante remoto; número %2 de la cola remota.</translation>
    </message>
    <message>
        <source>Select a request in the remote queue first.</source>
        <translation>Seleccione primero una solicitud de la cola remota.</translation>
    </message>
    <message>
        <source>Withdrawn from the remote queue.</source>
        <translation>Retirado de la cola remota.</translation>
    </message>
    <message>
        <source>%1 is next in the main queue (after any points of order).</source>
        <translation>%1 es el siguiente en la cola principal (tras las cuestiones de orden).</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>Cola remota</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Remote participant&apos;s name</source>
        <extracomment>Where remote requests usually come from; anything else can be typed. Add what is in the fields (Enter in who/platform, Ctrl+Enter in the text, or the button). (command, entry id): withdraw, up, down, interleave, floor.</extracomment>
        <translation>Nombre del participante remoto</translation>
    </message>
    <message>
        <source>Name (a new name adds a remote participant)</source>
        <translation>Nombre (un nombre nuevo añade un participante remoto)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organización (opcional)</translation>
    </message>
    <message>
        <source>Who this is</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation>Plataforma o canal</translation>
    </message>
    <message>
        <source>Where the request came from: pick one or type another</source>
        <translation>De dónde llegó la solicitud: elija una o escriba otra</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>Whether they ask a question or make an intervention</source>
        <translation>Si hace una pregunta o una intervención</translation>
    </message>
    <message>
        <source>Comment (an intervention)</source>
        <translation>Comentario (una intervención)</translation>
    </message>
    <message>
        <source>Question or comment as written</source>
        <translation>Pregunta o comentario tal como se escribió</translation>
    </message>
    <message>
        <source>What they wrote; Ctrl+Enter adds the request</source>
        <translation>Lo que escribió; Ctrl+Intro añade la solicitud</translation>
    </message>
    <message>
        <source>Paste or type what they wrote; it becomes a note when it is read out. Ctrl+Enter adds.</source>
        <translation>Pegue o escriba lo que escribieron; se convierte en nota cuando se lee. Ctrl+Intro añade.</translation>
    </message>
    <message>
        <source>Add to remote queue</source>
        <translation>Añadir a la cola remota</translation>
    </message>
    <message>
        <source>Add the request at the end of the remote queue</source>
        <translation>Añadir la solicitud al final de la cola remota</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>Cola remota</translation>
    </message>
    <message>
        <source>Remote requests in order; I brings the selected one into the main queue, Ctrl+Enter gives the floor</source>
        <translation>Solicitudes remotas por orden; I pasa la seleccionada a la cola principal, Ctrl+Intro da la palabra</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Bring into the main queue</source>
        <translation>Pasar a la cola principal</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>Put the selected request (or the first) next in the main queue, after any points of order (I)</source>
        <translation>Poner la solicitud seleccionada (o la primera) la siguiente en la cola principal, tras las cuestiones de orden (I)</translation>
    </message>
    <message>
        <source>Read it out now: the remote participant&apos;s turn starts</source>
        <translation>Leerla ahora: empieza el turno del participante remoto</translation>
    </message>
    <message>
        <source>Take the selected request off the remote queue (Del)</source>
        <translation>Quitar la solicitud seleccionada de la cola remota (Supr)</translation>
    </message>
    <message>
        <source>Move the selected request one place up (Alt+Up)</source>
        <translation>Subir un puesto la solicitud seleccionada (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected request one place down (Alt+Down)</source>
        <translation>Bajar un puesto la solicitud seleccionada (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Someone on the roster, or a new name</source>
        <translation>Alguien de la lista o un nombre nuevo</translation>
    </message>
    <message>
        <source>+ New remote participant (someone onsite has this name; their record stays apart)</source>
        <translation>+ Nuevo participante remoto (alguien presencial tiene este nombre; su ficha queda aparte)</translation>
    </message>
    <message>
        <source>+ New: added to the roster as a remote participant</source>
        <translation>+ Nuevo: se añade a la lista como participante remoto</translation>
    </message>
    <message>
        <source>attending remotely</source>
        <translation>participa a distancia</translation>
    </message>
    <message>
        <source>attending onsite</source>
        <translation>participa presencialmente</translation>
    </message>
    <message>
        <source>✓ On the roster, %1</source>
        <translation>✓ En la lista, %1</translation>
    </message>
</context>
<context>
    <name>RemoteQueueModel</name>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>No se trató</translation>
    </message>
    <message>
        <source>Mentioned in passing</source>
        <translation>Mencionado de pasada</translation>
    </message>
    <message>
        <source>Partly: one topic among others</source>
        <translation>En parte: un tema entre otros</translation>
    </message>
    <message>
        <source>Central to the session</source>
        <translation>Central en la sesión</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s report — %1</source>
        <translation>Informe de relatoría — %1</translation>
    </message>
    <message>
        <source>Your edits are saved as you type.</source>
        <translation>Sus cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Plantilla del informe</translation>
    </message>
    <message>
        <source>Which report to draft: its sections and layout</source>
        <translation>Qué informe redactar: sus secciones y su diseño</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (suya: %2)</translation>
    </message>
    <message>
        <source> Template: </source>
        <translation> Plantilla: </translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>The language the report&apos;s headings and labels are written in; it can differ from the window&apos;s.</source>
        <translation>El idioma en que se escriben los títulos y etiquetas del informe; puede ser distinto del de la ventana.</translation>
    </message>
    <message>
        <source> Language: </source>
        <translation> Idioma: </translation>
    </message>
    <message>
        <source>&amp;Refresh from the session</source>
        <translation>&amp;Actualizar desde la sesión</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>⚠ %1 (your folder): not used, a built-in template has this name</source>
        <translation>⚠ %1 (su carpeta): no se usa, una plantilla incluida tiene este nombre</translation>
    </message>
    <message>
        <source>⚠ %1 (your folder): cannot be used, it has an error</source>
        <translation>⚠ %1 (su carpeta): no se puede usar, tiene un error</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <source>The report&apos;s sections; choose one to edit it</source>
        <translation>Las secciones del informe; elija una para editarla</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Your text for this section, saved as you type</source>
        <translation>Su texto para esta sección, guardado mientras escribe</translation>
    </message>
    <message>
        <source>Write this section here. Lines starting with “- ” become bullets.</source>
        <translation>Escriba aquí esta sección. Las líneas que empiezan por «- » se convierten en viñetas.</translation>
    </message>
    <message>
        <source>⚠ The session has changed since you edited this section</source>
        <translation>⚠ La sesión ha cambiado desde que editó esta sección</translation>
    </message>
    <message>
        <source>Fresh draft from the session</source>
        <translation>Borrador nuevo a partir de la sesión</translation>
    </message>
    <message>
        <source>What the draft says now, from the session as it stands</source>
        <translation>Lo que dice ahora el borrador, a partir de la sesión tal como está</translation>
    </message>
    <message>
        <source>Replace your text of this section with the fresh draft</source>
        <translation>Reemplazar su texto de esta sección por el borrador nuevo</translation>
    </message>
    <message>
        <source>Drop your edit so that the section follows the session again</source>
        <translation>Descartar su edición para que la sección vuelva a seguir la sesión</translation>
    </message>
    <message>
        <source>Fresh draft from the session (your text is kept until you choose):</source>
        <translation>Borrador nuevo a partir de la sesión (su texto se conserva hasta que elija):</translation>
    </message>
    <message>
        <source>Keep your text and stop pointing out this change</source>
        <translation>Conservar su texto y dejar de señalar este cambio</translation>
    </message>
    <message>
        <source>Why the report cannot be edited here</source>
        <translation>Motivo por el que el informe no se puede editar aquí</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>The report as it will look when exported</source>
        <translation>El informe tal como se verá al exportarlo</translation>
    </message>
    <message>
        <source>Participants onsite (estimate)</source>
        <translation>Participantes presenciales (estimación)</translation>
    </message>
    <message>
        <source>Participants online (estimate)</source>
        <translation>Participantes en línea (estimación)</translation>
    </message>
    <message>
        <source>Women among them (estimate)</source>
        <translation>Mujeres entre ellos (estimación)</translation>
    </message>
    <message>
        <source>How far gender was discussed</source>
        <translation>En qué medida se trató el género</translation>
    </message>
    <message>
        <source>For the report&apos;s gender section</source>
        <translation>Para la sección de género del informe</translation>
    </message>
    <message>
        <source>Summary of the gender discussion</source>
        <translation>Resumen del debate sobre género</translation>
    </message>
    <message>
        <source>A few sentences for the report&apos;s gender section</source>
        <translation>Unas frases para la sección de género del informe</translation>
    </message>
    <message>
        <source>Leave a number at “not given” when you have no estimate; the report then says so.</source>
        <translation>Deje un número en «no indicado» si no tiene estimación; el informe lo dirá.</translation>
    </message>
    <message>
        <source>Participants &amp;onsite:</source>
        <translation>Participantes &amp;presenciales:</translation>
    </message>
    <message>
        <source>Participants o&amp;nline:</source>
        <translation>Participantes en &amp;línea:</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Mujeres:</translation>
    </message>
    <message>
        <source>&amp;Gender discussed:</source>
        <translation>&amp;Género tratado:</translation>
    </message>
    <message>
        <source>Gender &amp;summary:</source>
        <translation>&amp;Resumen sobre género:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>An estimate for the report&apos;s gender section; not given leaves it out</source>
        <translation>Una estimación para la sección de género del informe; no indicado la omite</translation>
    </message>
    <message>
        <source>Attendance and gender</source>
        <translation>Asistencia y género</translation>
    </message>
    <message>
        <source>(session changed since your edit)</source>
        <translation>(la sesión cambió desde su edición)</translation>
    </message>
    <message>
        <source>(your text)</source>
        <translation>(su texto)</translation>
    </message>
    <message>
        <source>Read only on this laptop.</source>
        <translation>Solo lectura en este portátil.</translation>
    </message>
    <message>
        <source>Merged with the text saved on another laptop in this section meanwhile.</source>
        <translation>Combinado con el texto que se guardó entretanto en otro portátil en esta sección.</translation>
    </message>
    <message>
        <source>This template cannot be shown: %1</source>
        <translation>Esta plantilla no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Writing the %1 file…</source>
        <translation>Escribiendo el archivo %1…</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se escribió el informe: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>&amp;Replace my text with the fresh draft</source>
        <translation>&amp;Reemplazar mi texto por el borrador nuevo</translation>
    </message>
    <message>
        <source>&amp;Follow the session again (drop my edit)</source>
        <translation>&amp;Seguir de nuevo la sesión (descartar mi cambio)</translation>
    </message>
    <message>
        <source>&amp;Keep my text (I have seen the new material)</source>
        <translation>&amp;Conservar mi texto (he visto lo nuevo)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Se enviaron %1 página(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Backups are taken when a session ends, when the app closes and every 5 minutes while something changes. Restoring replaces every session with the backup&apos;s content; a backup of the current state is taken first.</source>
        <translation>Las copias de seguridad se hacen al finalizar una sesión, al cerrar la aplicación y cada 5 minutos mientras algo cambia. Restaurar reemplaza todas las sesiones por el contenido de la copia; antes se guarda una copia del estado actual.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>One automatic backup per row, newest first: when, why, size and what it holds</source>
        <translation>Una copia automática por fila, la más reciente primero: cuándo, por qué, tamaño y qué contiene</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>%1 (%2 interventions, %3 notes)</source>
        <translation>%1 (%2 intervenciones, %3 notas)</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>sin sesiones</translation>
    </message>
    <message>
        <source>Unreadable backups</source>
        <translation>Copias ilegibles</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>Go back to the selected backup; the current state is backed up first</source>
        <translation>Volver a la copia seleccionada; antes se guarda una copia del estado actual</translation>
    </message>
    <message>
        <source>Restore the backup taken %1? Every session is replaced by its content. A backup of the current state is taken first, so you can go back to it.</source>
        <translation>¿Restaurar la copia del %1? Todas las sesiones se reemplazan por su contenido. Antes se guarda una copia del estado actual, para poder volver a él.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>(remote)</source>
        <translation>(remoto)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Filter by name, organisation, group, country…</source>
        <translation>Filtrar por nombre, organización, grupo, país…</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Everyone in the session with their speaking time; Q queues, F2 edits, Ctrl+Enter gives the floor</source>
        <translation>Todas las personas de la sesión con su tiempo de palabra; Q pone en la cola, F2 edita, Ctrl+Intro da la palabra</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>Import roster (CSV)</source>
        <translation>Importar lista (CSV)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Encoding: %1 · Delimiter: %2</source>
        <translation>Codificación: %1 · Separador: %2</translation>
    </message>
    <message>
        <source>Detected encoding and delimiter</source>
        <translation>Codificación y separador detectados</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <translation>Campo de la columna «%1»</translation>
    </message>
    <message>
        <source>Which participant field this column of the file fills; Ignore leaves it out</source>
        <translation>Qué campo del participante rellena esta columna del archivo; Ignorar la deja fuera</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que importar</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Filas que no se pueden leer</translation>
    </message>
    <message>
        <source>These rows are left out; correct them in the file and import it again</source>
        <translation>Estas filas se omiten; corríjalas en el archivo y vuelva a importarlo</translation>
    </message>
    <message>
        <source>People already on the roster</source>
        <translation>Personas que ya están en la lista</translation>
    </message>
    <message>
        <source>Skip people whose name is already on the roster, or update their details</source>
        <translation>Omitir a las personas cuyo nombre ya está en la lista, o actualizar sus datos</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message>
        <source>Update their details</source>
        <translation>Actualizar sus datos</translation>
    </message>
    <message>
        <source>Import good rows</source>
        <translation>Importar las filas correctas</translation>
    </message>
    <message>
        <source>Add the rows that could be read to the roster</source>
        <translation>Añadir a la lista las filas que se pudieron leer</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>No importar nada</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Cerrar sin importar nada (Esc)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Grupo regional de la ONU</translation>
    </message>
    <message>
        <source>Remote (yes/no)</source>
        <translation>Remoto (sí/no)</translation>
    </message>
    <message>
        <source>Onsite (yes/no)</source>
        <translation>Presencial (sí/no)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>%1 rows can be imported (the first %2 shown), %3 cannot be read.</source>
        <translation>Se pueden importar %1 filas (se muestran las %2 primeras); %3 no se pueden leer.</translation>
    </message>
    <message>
        <source>%1 people are already on the roster (lines %2).</source>
        <translation>%1 personas ya están en la lista (líneas %2).</translation>
    </message>
    <message>
        <source>Nobody in this file is on the roster yet.</source>
        <translation>Nadie de este archivo está todavía en la lista.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>%1 is one of the app&apos;s own files (the database, its companions, the settings or a backup); writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 es uno de los archivos propios de la aplicación (la base de datos, sus archivos acompañantes, la configuración o una copia de seguridad); escribir ahí lo destruiría. No se ha escrito nada: elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Session clock</source>
        <translation>Reloj de la sesión</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sesión %1 de %2</translation>
    </message>
    <message>
        <source>(+%1 over)</source>
        <translation>(+%1 de más)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Finalizada tras %1</translation>
    </message>
    <message>
        <source>First segment: %1</source>
        <translation>Primer segmento: %1</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Sin orden del día</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de más</translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>The sessions in the data folder; Enter opens the selected one</source>
        <translation>Las sesiones de la carpeta de datos; Intro abre la seleccionada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session details and agenda</source>
        <extracomment>The attendance figures as given (None: not offered here, as for a new session).</extracomment>
        <translation>Detalles de la sesión y orden del día</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Age&amp;nda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <source>Untick while the date is not known yet</source>
        <translation>Desmarque mientras no se sepa la fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The day of the session, printed in the report</source>
        <translation>El día de la sesión, que figura en el informe</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>The local start time, printed in the report</source>
        <translation>La hora local de inicio, que figura en el informe</translation>
    </message>
    <message>
        <source>Start time known</source>
        <translation>Hora de inicio conocida</translation>
    </message>
    <message>
        <source>Untick while the start time is not known yet</source>
        <translation>Desmarque mientras no se sepa la hora de inicio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>The event this session belongs to, for event-wide statistics</source>
        <translation>El evento al que pertenece esta sesión, para las estadísticas del evento</translation>
    </message>
    <message>
        <source>The event the session belongs to, e.g. IGF 2017: its statistics add up</source>
        <translation>El evento al que pertenece la sesión, p. ej. IGF 2017: sus estadísticas se suman</translation>
    </message>
    <message>
        <source>e.g. IGF 2017</source>
        <translation>p. ej. IGF 2017</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>sin prever</translation>
    </message>
    <message>
        <source>Default speaking time</source>
        <translation>Tiempo de palabra predeterminado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>Aviso antes del final</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>One organiser per line</source>
        <translation>Un organizador por línea</translation>
    </message>
    <message>
        <source>One organisation per line</source>
        <translation>Una organización por línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the session is about, in a few sentences</source>
        <translation>De qué trata la sesión, en unas frases</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Date and start:</source>
        <translation>Fecha e inicio:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <source>Session t&amp;ype:</source>
        <translation>T&amp;ipo de sesión:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>&amp;Código de la sesión:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Planned duration:</source>
        <translation>Duración &amp;prevista:</translation>
    </message>
    <message>
        <source>Default &amp;speaking time:</source>
        <translation>Tiempo de pala&amp;bra predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>&amp;Aviso antes del final:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>Organizado&amp;res:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <source>Participants onsite (estimate)</source>
        <translation>Participantes presenciales (estimación)</translation>
    </message>
    <message>
        <source>Participants online (estimate)</source>
        <translation>Participantes en línea (estimación)</translation>
    </message>
    <message>
        <source>Women and gender-diverse people (estimate)</source>
        <translation>Mujeres y personas de género diverso (estimación)</translation>
    </message>
    <message>
        <source>Attendance onsite:</source>
        <translation>Asistencia presencial:</translation>
    </message>
    <message>
        <source>Attendance online:</source>
        <translation>Asistencia en línea:</translation>
    </message>
    <message>
        <source>Women and gender-diverse:</source>
        <translation>Mujeres y género diverso:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>An estimate for the report; leave at “not stated” if unknown</source>
        <translation>Una estimación para el informe; déjelo en «no indicado» si no se sabe</translation>
    </message>
    <message>
        <source>Printed with the session&apos;s facts in the report</source>
        <translation>Figura con los datos de la sesión en el informe</translation>
    </message>
    <message>
        <source>Used by the timer and the session clock; Up and Down change it</source>
        <translation>Lo usan el temporizador y el reloj de la sesión; Arriba y Abajo lo cambian</translation>
    </message>
    <message>
        <source>The agenda, one segment per row: title, planned minutes, speaking time, remote</source>
        <translation>El orden del día, un segmento por fila: título, minutos previstos, tiempo de palabra, remoto</translation>
    </message>
    <message>
        <source>Seconds per turn</source>
        <translation>Segundos por turno</translation>
    </message>
    <message>
        <source>&amp;Move down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Agenda segments</source>
        <translation>Segmentos del orden del día</translation>
    </message>
    <message>
        <source>Round table, panel, birds of a feather…</source>
        <translation>Mesa redonda, panel, birds of a feather…</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Código de la sesión</translation>
    </message>
    <message>
        <source>e.g. WS #289, Open Forum #27</source>
        <translation>p. ej. WS #289, Open Forum #27</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Workshop, open forum, day 0 event…: apart from the format</source>
        <translation>Taller, foro abierto, evento del día 0…: aparte del formato</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source>Speaking time per turn (s, empty = session default)</source>
        <translation>Tiempo de palabra por turno (s; vacío = el de la sesión)</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>Cola remota</translation>
    </message>
    <message>
        <source>Checked: in this segment N calls the next remote request (points of order still come first)</source>
        <translation>Marcado: en este segmento N llama a la siguiente solicitud remota (las cuestiones de orden siguen yendo primero)</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>Añadir &amp;segmento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Add a segment at the end of the agenda</source>
        <translation>Añadir un segmento al final del orden del día</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Quitar el segmento seleccionado</translation>
    </message>
    <message>
        <source>Move the selected segment earlier</source>
        <translation>Adelantar el segmento seleccionado</translation>
    </message>
    <message>
        <source>Move the selected segment later</source>
        <translation>Retrasar el segmento seleccionado</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remoto</translation>
    </message>
    <message>
        <source>This segment draws from the remote queue</source>
        <translation>Este segmento toma de la cola remota</translation>
    </message>
    <message>
        <source>Agenda row %1: %2 must be a whole number, not “%3”.</source>
        <translation>Fila %1 del orden del día: %2 debe ser un número entero, no «%3».</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>los minutos previstos</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>el tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share this session</source>
        <extracomment>The code&apos;s size: readable across a meeting room from the laptop&apos;s screen. The QR code&apos;s side in the dialog, in device-independent pixels: a phone reads it from a metre. &quot;Stop sharing&quot; was chosen.</extracomment>
        <translation>Compartir esta sesión</translation>
    </message>
    <message>
        <source>Opening the port to share “%1”…</source>
        <translation>Abriendo el puerto para compartir «%1»…</translation>
    </message>
    <message>
        <source>Join code (read it out to the people joining, not into the microphone):</source>
        <translation>Código para unirse (léalo a quienes se unen, no al micrófono):</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código para unirse</translation>
    </message>
    <message>
        <source>The code to type on the laptops that join</source>
        <translation>El código que escribir en los portátiles que se unen</translation>
    </message>
    <message>
        <source>Address to type if the session is not found on the network:</source>
        <translation>Dirección que escribir si la sesión no aparece en la red:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The address to type when the session is not found</source>
        <translation>La dirección que escribir cuando no se encuentra la sesión</translation>
    </message>
    <message>
        <source>Join code as a QR code</source>
        <translation>Código para unirse como código QR</translation>
    </message>
    <message>
        <source>Holds the join code and the address, for a phone&apos;s camera to pass on</source>
        <translation>Contiene el código para unirse y la dirección, para que la cámara de un teléfono los transmita</translation>
    </message>
    <message>
        <source>A phone&apos;s camera reads the code and the address from this.</source>
        <translation>La cámara de un teléfono lee aquí el código y la dirección.</translation>
    </message>
    <message>
        <source>&amp;Connected:</source>
        <translation>&amp;Conectados:</translation>
    </message>
    <message>
        <source>Connected laptops</source>
        <translation>Portátiles conectados</translation>
    </message>
    <message>
        <source>Each laptop that joined, with its role and address</source>
        <translation>Cada portátil que se unió, con su función y su dirección</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Why sharing stopped</source>
        <translation>El motivo por el que se dejó de compartir</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Closes the port: the other laptops are disconnected</source>
        <translation>Cierra el puerto: los demás portátiles quedan desconectados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; sharing goes on</source>
        <translation>Cierra esta ventana; se sigue compartiendo</translation>
    </message>
    <message>
        <source>Sharing “%1”.</source>
        <translation>Compartiendo «%1».</translation>
    </message>
    <message>
        <source>(no network address: check the connection)</source>
        <translation>(sin dirección de red: compruebe la conexión)</translation>
    </message>
    <message>
        <source>No one has joined yet.</source>
        <translation>Nadie se ha unido todavía.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde %2)</translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>No se está compartiendo.</translation>
    </message>
    <message>
        <source>Stopped sharing: the port is closed.</source>
        <translation>Se dejó de compartir: el puerto está cerrado.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>online moderator</source>
        <translation>moderador en línea</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
</context>
<context>
    <name>SharingCommands</name>
    <message>
        <source>Live sharing</source>
        <extracomment>The port to share on (tests take any free one with 0). How the join dialog looks for sessions on the network (tests give their own, or None).</extracomment>
        <translation>Compartir en directo</translation>
    </message>
    <message>
        <source>Share this session</source>
        <extracomment>The role this laptop joined with; &quot;&quot; while it shares (the host is the onsite moderator). The shared session&apos;s title, as shown; &quot;&quot; while a join has not brought the session yet. The laptops connected to this share, as last told (none while not sharing). The code and address of the join in progress (kept once the session arrives).</extracomment>
        <translation>Compartir esta sesión</translation>
    </message>
    <message>
        <source>Leave the shared session first (File menu).</source>
        <translation>Salga antes de la sesión compartida (menú Archivo).</translation>
    </message>
    <message>
        <source>Sharing “%1”: opening the port…</source>
        <translation>Compartiendo «%1»: abriendo el puerto…</translation>
    </message>
    <message>
        <source>Sharing “%1”: no one has joined yet</source>
        <translation>Compartiendo «%1»: nadie se ha unido todavía</translation>
    </message>
    <message>
        <source>Sharing “%1” with %2</source>
        <translation>Compartiendo «%1» con %2</translation>
    </message>
    <message>
        <source>Could not share: %1</source>
        <translation>No se pudo compartir: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Unirse a una sesión compartida</translation>
    </message>
    <message>
        <source>Stop sharing or leave the shared session first.</source>
        <translation>Deje antes de compartir o salga de la sesión compartida.</translation>
    </message>
    <message>
        <source>Joined “%1” as %2</source>
        <translation>Unido a «%1» como %2</translation>
    </message>
    <message>
        <source>The link to the host was lost: joining again…</source>
        <translation>Se perdió la conexión con el anfitrión: volviendo a unirse…</translation>
    </message>
    <message>
        <source>The onsite moderator&apos;s laptop refused a change from this laptop and it was undone here: as %1 it may not change %2. This laptop&apos;s copy as it was before joining is in File → Restore from backup…</source>
        <translation>El portátil de la moderación presencial rechazó un cambio de este portátil y se deshizo aquí: como %1 no puede cambiar %2. La copia de este portátil tal como estaba antes de unirse está en Archivo → Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>No se pudo unir: %1</translation>
    </message>
    <message>
        <source>Joining the shared session again: the app stopped without leaving it…</source>
        <translation>Uniéndose de nuevo a la sesión compartida: la aplicación se detuvo sin salir de ella…</translation>
    </message>
    <message>
        <source>Sharing again with the same code: the app stopped without stopping the share.</source>
        <translation>Compartiendo de nuevo con el mismo código: la aplicación se detuvo sin dejar de compartir.</translation>
    </message>
    <message>
        <source>This window is not sharing a session or joined to one.</source>
        <translation>Esta ventana no está compartiendo ninguna sesión ni unida a una.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing? %1 will lose the link. Their laptops keep their copies; sharing again gives a new code to read out.</source>
        <translation>¿Dejar de compartir? %1 perderá la conexión. Sus portátiles conservan su copia; compartir de nuevo da un código nuevo que leer en voz alta.</translation>
    </message>
    <message>
        <source>Stopped sharing: the port is closed.</source>
        <translation>Se dejó de compartir: el puerto está cerrado.</translation>
    </message>
    <message>
        <source>Left the shared session; this laptop keeps its copy.</source>
        <translation>Ha salido de la sesión compartida; este portátil conserva su copia.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, its menu and what it does</source>
        <translation>Todos los atajos de teclado, su menú y lo que hacen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>StageController</name>
    <message>
        <source>S&amp;tage</source>
        <extracomment>The main window: the parent of the stage&apos;s menu, actions and dialog, and the one given the keys back.</extracomment>
        <translation>Escena&amp;rio</translation>
    </message>
    <message>
        <source>&amp;Show stage display</source>
        <translation>&amp;Mostrar la pantalla del escenario</translation>
    </message>
    <message>
        <source>Stage display &amp;full screen</source>
        <translation>Pantalla del escenario a pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Show on s&amp;creen</source>
        <translation>Mostrar en la pa&amp;ntalla</translation>
    </message>
    <message>
        <source>Show the &amp;next speakers</source>
        <translation>Mostrar los &amp;siguientes oradores</translation>
    </message>
    <message>
        <source>Show the agenda se&amp;gment</source>
        <translation>Mostrar el se&amp;gmento del orden del día</translation>
    </message>
    <message>
        <source>Sound cue at warning and at time up</source>
        <translation>Señal sonora al aviso y al agotarse el tiempo</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>&amp;Custom message…</source>
        <translation>Mensaje pers&amp;onalizado…</translation>
    </message>
    <message>
        <source>C&amp;lear message</source>
        <translation>&amp;Borrar mensaje</translation>
    </message>
    <message>
        <source>&amp;Blackout (logo only)</source>
        <translation>&amp;Fundido a negro (solo el logotipo)</translation>
    </message>
    <message>
        <source>Stage message: %1</source>
        <translation>Mensaje en el escenario: %1</translation>
    </message>
    <message>
        <source>Stage message cleared.</source>
        <translation>Mensaje del escenario borrado.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Mensaje al orador</translation>
    </message>
    <message>
        <source>Shown on the stage display:</source>
        <translation>Se muestra en la pantalla del escenario:</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <source>Please wrap up</source>
        <translation>Por favor, vaya concluyendo</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Un minuto</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>Por favor, acérquese al micrófono</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>A TIEMPO</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>CONCLUYA</translation>
    </message>
    <message>
        <source>TIME IS UP</source>
        <translation>TIEMPO AGOTADO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Stage display — moderator-app</source>
        <translation>Pantalla del escenario — moderator-app</translation>
    </message>
    <message>
        <source>Stage display</source>
        <translation>Pantalla del escenario</translation>
    </message>
    <message>
        <source>What the speakers see: the timer, who has the floor and the moderator&apos;s messages</source>
        <translation>Lo que ven los oradores: el temporizador, quién tiene la palabra y los mensajes del moderador</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>What could not be saved</source>
        <translation>Lo que no se pudo guardar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the saving problem</source>
        <translation>Descartar el problema al guardar</translation>
    </message>
    <message>
        <source>Hide this warning; it comes back if the next change cannot be saved either.</source>
        <translation>Ocultar este aviso; vuelve si el siguiente cambio tampoco se puede guardar.</translation>
    </message>
    <message>
        <source>%1
Everything saved before is safe, and the session on screen is what is saved.</source>
        <translation>%1
Todo lo guardado antes está a salvo, y la sesión en pantalla es lo que está guardado.</translation>
    </message>
    <message>
        <source>⚠ The last change was NOT saved</source>
        <translation>⚠ El último cambio NO se guardó</translation>
    </message>
</context>
<context>
    <name>SuspendBar</name>
    <message>
        <source>Sleep during a turn</source>
        <translation>Suspensión durante un turno</translation>
    </message>
    <message>
        <source>Sleep during a turn: question</source>
        <translation>Suspensión durante un turno: pregunta</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Mantenerlo</translation>
    </message>
    <message>
        <source>Keep the sleep as speaking time</source>
        <translation>Mantener la suspensión como tiempo de palabra</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t count it</source>
        <translation>&amp;Quitarlo</translation>
    </message>
    <message>
        <source>Take the sleep off the speaking time</source>
        <translation>Quitar la suspensión del tiempo de palabra</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the decision about the sleep</source>
        <translation>Deshacer la decisión sobre la suspensión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the note about the sleep</source>
        <translation>Cerrar el aviso sobre la suspensión</translation>
    </message>
    <message>
        <source>The time the laptop slept stays in this turn (Alt+K).</source>
        <translation>El tiempo que el portátil estuvo suspendido se queda en este turno (Alt+M).</translation>
    </message>
    <message>
        <source>The time the laptop slept is taken off this turn and kept as paused time (Alt+D).</source>
        <translation>El tiempo que el portátil estuvo suspendido se quita de este turno y se guarda como tiempo en pausa (Alt+Q).</translation>
    </message>
    <message>
        <source>Put the turn&apos;s time back as it was before (Alt+U).</source>
        <translation>Devolver el tiempo del turno a como estaba antes (Alt+D).</translation>
    </message>
    <message>
        <source>Hide this note; the decision stays.</source>
        <translation>Ocultar este aviso; la decisión se mantiene.</translation>
    </message>
    <message>
        <source>The laptop was asleep for %1 while %2 was speaking. Count that time as speaking time?</source>
        <extracomment>The gap just decided in this window (shown with Undo until closed or undone).</extracomment>
        <translation>El portátil estuvo suspendido %1 mientras hablaba %2. ¿Contar ese tiempo como tiempo de palabra?</translation>
    </message>
    <message>
        <source>%1 of sleep taken off %2&apos;s speaking time (it counts as paused).</source>
        <translation>Se quitaron %1 de suspensión del tiempo de palabra de %2 (cuenta como pausa).</translation>
    </message>
    <message>
        <source>The %1 of sleep stay in %2&apos;s speaking time.</source>
        <translation>Los %1 de suspensión se quedan en el tiempo de palabra de %2.</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>el orador</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The sleep stays in the speaking time (Alt+U undoes).</source>
        <translation>La suspensión se queda en el tiempo de palabra (Alt+D lo deshace).</translation>
    </message>
    <message>
        <source>The sleep was taken off the speaking time (Alt+U undoes).</source>
        <translation>La suspensión se quitó del tiempo de palabra (Alt+D lo deshace).</translation>
    </message>
    <message>
        <source>Decision about the sleep undone.</source>
        <translation>Decisión sobre la suspensión deshecha.</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Intervention timer</source>
        <translation>Temporizador de la intervención</translation>
    </message>
    <message>
        <source>Share of allotted time used</source>
        <translation>Parte del tiempo asignado consumida</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Session → Resume ended session (Shift+F5) to carry on</source>
        <translation>Sesión → Reanudar la sesión finalizada (Mayús+F5) para continuar</translation>
    </message>
    <message>
        <source>Press N (or Space) to give the floor to the next in the queue</source>
        <translation>Pulse N (o Espacio) para dar la palabra al siguiente de la cola</translation>
    </message>
    <message>
        <source>next turn: %1</source>
        <translation>próximo turno: %1</translation>
    </message>
    <message>
        <source>(removed participant)</source>
        <translation>(participante quitado)</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <source>%1 allotted</source>
        <translation>tiempo asignado %1</translation>
    </message>
    <message>
        <source>spoken %1</source>
        <translation>%1 de palabra</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Keep what this dialog shows and close it (Enter)</source>
        <translation>Conservar lo que muestra este diálogo y cerrarlo (Intro)</translation>
    </message>
    <message>
        <source>Apply what this dialog shows</source>
        <translation>Aplicar lo que muestra este diálogo</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything (Esc)</source>
        <translation>Cerrar este diálogo sin cambiar nada (Esc)</translation>
    </message>
    <message>
        <source>Close this dialog and drop what was typed</source>
        <translation>Cerrar este diálogo y descartar lo escrito</translation>
    </message>
    <message>
        <source>Explain this dialog</source>
        <translation>Explicar este diálogo</translation>
    </message>
    <message>
        <source>Put back the values this dialog started with</source>
        <translation>Restablecer los valores con que se abrió este diálogo</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside moderator-app. Everything done before this was saved. Please copy the details below into a bug report.</source>
        <translation>Algo salió mal dentro de moderator-app. Todo lo hecho antes se guardó. Copie los detalles de abajo en un informe de error.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That participant is no longer on the roster.</source>
        <extracomment>Every template the console and the domain raise (checked by a test).</extracomment>
        <translation>Ese participante ya no está en la lista.</translation>
    </message>
    <message>
        <source>The session has not ended.</source>
        <translation>La sesión no ha finalizado.</translation>
    </message>
    <message>
        <source>The queue is empty, so there is nobody to suggest.</source>
        <translation>La cola está vacía, así que no hay nadie que sugerir.</translation>
    </message>
    <message>
        <source>Each stakeholder group can have only one contingent.</source>
        <translation>Cada grupo de partes interesadas solo puede tener un cupo.</translation>
    </message>
    <message>
        <source>That stakeholder group has no contingent; set one in Balance settings first.</source>
        <translation>Ese grupo de partes interesadas no tiene cupo; fije uno primero en los ajustes de equilibrio.</translation>
    </message>
    <message>
        <source>{name} has {spoken} recorded intervention(s), which would be lost; they stay on the roster. Edit their details instead.</source>
        <translation>{name} tiene {spoken} intervención(es) registrada(s), que se perderían; sigue en la lista. Edite sus datos en su lugar.</translation>
    </message>
    <message>
        <source>The session has ended; reopen it with Session → Resume ended session to continue.</source>
        <translation>La sesión ha finalizado; reábrala con Sesión → Reanudar la sesión finalizada para continuar.</translation>
    </message>
    <message>
        <source>The queue is empty: add someone to it first (A), or give the floor from the roster.</source>
        <translation>La cola está vacía: añada primero a alguien (A) o dé la palabra desde la lista.</translation>
    </message>
    <message>
        <source>Nobody has the floor right now: call the next speaker first (N).</source>
        <translation>Ahora nadie tiene la palabra: llame primero al siguiente orador (N).</translation>
    </message>
    <message>
        <source>The segment “{title}” has interventions recorded in it and cannot be removed; rename it instead. Nothing was changed.</source>
        <translation>El segmento «{title}» tiene intervenciones registradas y no se puede quitar; cámbiele el nombre en su lugar. No se modificó nada.</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a reference set; use one of: {allowed}.</source>
        <translation>«{reference}» no es un grupo de referencia; use uno de: {allowed}.</translation>
    </message>
    <message>
        <source>Nothing to undo in the notes.</source>
        <translation>No hay nada que deshacer en las notas.</translation>
    </message>
    <message>
        <source>That note is no longer there; it may have been deleted.</source>
        <translation>Esa nota ya no está; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>That link points to something no longer in this session.</source>
        <translation>Ese vínculo apunta a algo que ya no está en esta sesión.</translation>
    </message>
    <message>
        <source>The remote queue is empty.</source>
        <translation>La cola remota está vacía.</translation>
    </message>
    <message>
        <source>Type the remote participant&apos;s name, or pick someone from the roster.</source>
        <translation>Escriba el nombre del participante remoto o elija a alguien de la lista.</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>La sesión ya está en marcha.</translation>
    </message>
    <message>
        <source>The session has ended; use Session → Resume ended session to carry on.</source>
        <translation>La sesión ha finalizado; use Sesión → Reanudar la sesión finalizada para seguir.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>La sesión aún no ha empezado.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La sesión ya ha finalizado.</translation>
    </message>
    <message>
        <source>This session has no agenda segments; add some in Edit → Session details and agenda.</source>
        <translation>Esta sesión no tiene segmentos en el orden del día; añádalos en Editar → Detalles de la sesión y orden del día.</translation>
    </message>
    <message>
        <source>“{title}” is the last segment of the agenda.</source>
        <translation>«{title}» es el último segmento del orden del día.</translation>
    </message>
    <message>
        <source>Tag &apos;{value}&apos; is not known; use one of: {allowed}.</source>
        <translation>La etiqueta «{value}» no se conoce; use una de: {allowed}.</translation>
    </message>
    <message>
        <source>That queue entry is no longer in the queue; it may have been withdrawn.</source>
        <translation>Esa entrada ya no está en la cola; puede que se haya retirado.</translation>
    </message>
    <message>
        <source>Nothing to undo in the queue.</source>
        <translation>No hay nada que deshacer en la cola.</translation>
    </message>
    <message>
        <source>Nothing to redo in the queue.</source>
        <translation>No hay nada que rehacer en la cola.</translation>
    </message>
    <message>
        <source>{who} is already in the queue at position {position}; move that entry instead of adding another.</source>
        <translation>{who} ya está en la cola en la posición {position}; mueva esa entrada en vez de añadir otra.</translation>
    </message>
    <message>
        <source>Country &apos;{value}&apos; is not a two-letter ISO 3166-1 code (for example CH, BR, KE).</source>
        <translation>El país «{value}» no es un código ISO 3166-1 de dos letras (por ejemplo CH, BR, KE).</translation>
    </message>
    <message>
        <source>Planned duration must be between 1 and 1440 minutes.</source>
        <translation>La duración prevista debe estar entre 1 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Default speaking time must be between 10 seconds and 60 minutes.</source>
        <translation>El tiempo de palabra predeterminado debe estar entre 10 segundos y 60 minutos.</translation>
    </message>
    <message>
        <source>Warning time must be between 0 and 600 seconds.</source>
        <translation>El tiempo de aviso debe estar entre 0 y 600 segundos.</translation>
    </message>
    <message>
        <source>{label}: the year {year} is outside {low}–{high}, the dates a session can have.</source>
        <translation>{label}: el año {year} está fuera de {low}–{high}, las fechas que puede tener una sesión.</translation>
    </message>
    <message>
        <source>The session would have {count:,} people; a session can have at most {limit:,}. Nothing was imported.</source>
        <translation>La sesión tendría {count:,} personas; una sesión puede tener como máximo {limit:,}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>A segment&apos;s planned minutes must be between 0 and 1440.</source>
        <translation>Los minutos previstos de un segmento deben estar entre 0 y 1440.</translation>
    </message>
    <message>
        <source>A segment&apos;s speaking time must be between 10 seconds and 60 minutes.</source>
        <translation>El tiempo de palabra de un segmento debe estar entre 10 segundos y 60 minutos.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not known; use one of: {allowed}.</source>
        <translation>{label}: «{value}» no se conoce; use uno de: {allowed}.</translation>
    </message>
    <message>
        <source>Role &apos;{value}&apos; is not known; use one of: {allowed}.</source>
        <translation>El rol «{value}» no se conoce; use uno de: {allowed}.</translation>
    </message>
    <message>
        <source>A contingent&apos;s budget must be between 0 and 1440 minutes.</source>
        <translation>El cupo debe estar entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Added time must stay within ±1440 minutes.</source>
        <translation>El tiempo añadido debe quedar dentro de ±1440 minutos.</translation>
    </message>
    <message>
        <source>&apos;{priority}&apos; cannot steer the suggestion; use one of: {allowed}.</source>
        <translation>«{priority}» no puede orientar la sugerencia; use uno de: {allowed}.</translation>
    </message>
    <message>
        <source>{label} is required: type at least one character.</source>
        <translation>{label} es obligatorio: escriba al menos un carácter.</translation>
    </message>
    <message>
        <source>{label} is too long ({length:,} characters); shorten it to at most {maximum:,}.</source>
        <translation>{label} es demasiado largo ({length:,} caracteres); acórtelo a {maximum:,} como máximo.</translation>
    </message>
    <message>
        <source>The timer is not running, so it cannot be paused.</source>
        <translation>El temporizador no está en marcha, así que no se puede pausar.</translation>
    </message>
    <message>
        <source>The timer is not paused, so it cannot be resumed.</source>
        <translation>El temporizador no está en pausa, así que no se puede reanudar.</translation>
    </message>
    <message>
        <source>This intervention has already ended.</source>
        <translation>Esta intervención ya ha terminado.</translation>
    </message>
    <message>
        <source>Allotted time must be between 0 seconds and 4 hours.</source>
        <translation>El tiempo asignado debe estar entre 0 segundos y 4 horas.</translation>
    </message>
    <message>
        <source>That sleep gap is not recorded in this session.</source>
        <translation>Esa suspensión no está registrada en esta sesión.</translation>
    </message>
    <message>
        <source>Nothing to undo: this sleep gap has not been decided yet.</source>
        <translation>Nada que deshacer: aún no se ha decidido sobre esta suspensión.</translation>
    </message>
    <message>
        <source>This sleep gap has already been decided; Undo first to change the decision.</source>
        <translation>Ya se decidió sobre esta suspensión; deshaga primero para cambiar la decisión.</translation>
    </message>
    <message>
        <source>The turn this sleep happened in is no longer in the session. Nothing was changed.</source>
        <translation>El turno en que ocurrió esta suspensión ya no está en la sesión. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no sleep time to take off.</source>
        <translation>No hay tiempo de suspensión que quitar.</translation>
    </message>
    <message>
        <source>The sleep time is longer than this turn&apos;s speaking time, so it cannot be taken off. Nothing was changed.</source>
        <translation>El tiempo de suspensión es más largo que el tiempo de palabra de este turno, así que no se puede quitar. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no sleep time to put back.</source>
        <translation>No hay tiempo de suspensión que devolver.</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>The field names the domain puts in its messages as ``{label}``.</extracomment>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Segment title</source>
        <translation>Título del segmento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>What will be imported, one row each; nothing is saved until you confirm</source>
        <translation>Lo que se importará, una fila por elemento; no se guarda nada hasta que confirme</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Technical community</source>
        <translation>Comunidad técnica</translation>
    </message>
    <message>
        <source>Intergovernmental organisation</source>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>African Group</source>
        <translation>Grupo de África</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>Grupo de Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>Grupo de Europa Oriental</translation>
    </message>
    <message>
        <source>Latin America and Caribbean (GRULAC)</source>
        <translation>América Latina y el Caribe (GRULAC)</translation>
    </message>
    <message>
        <source>Western European and Others (WEOG)</source>
        <translation>Europa Occidental y otros Estados (WEOG)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Moderador en línea</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Open forum</source>
        <translation>Foro abierto</translation>
    </message>
    <message>
        <source>Day 0 event</source>
        <translation>Evento del día 0</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Charla relámpago</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Asamblea abierta</translation>
    </message>
    <message>
        <source>Best practice forum</source>
        <translation>Foro de buenas prácticas</translation>
    </message>
    <message>
        <source>Dynamic coalition</source>
        <translation>Coalición dinámica</translation>
    </message>
    <message>
        <source>Networking session</source>
        <translation>Sesión de networking</translation>
    </message>
    <message>
        <source>Main session</source>
        <translation>Sesión principal</translation>
    </message>
    <message>
        <source>Other session type</source>
        <translation>Otro tipo de sesión</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Opening statement</source>
        <translation>Declaración de apertura</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Direct reply</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Key issue</source>
        <translation>Cuestión clave</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Action / way forward</source>
        <translation>Acción / camino a seguir</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Gender / inclusion</source>
        <translation>Género / inclusión</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Concluya</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Could not start writing the document (is the folder writable?)</source>
        <extracomment>What stands in a QTextDocument&apos;s text for an image (QChar::ObjectReplacementCharacter). ``src=&quot;data:image/…;base64,…&quot;`` in either quote style; group 2 is the quote, 3 the type, 4 the data. Tables, headings and lists as QTextDocument understands CSS (a subset: no selectors beyond these).</extracomment>
        <translation>No se pudo empezar a escribir el documento (¿se puede escribir en la carpeta?)</translation>
    </message>
    <message>
        <source>Could not start a new page</source>
        <translation>No se pudo empezar una página nueva</translation>
    </message>
</context>
<context>
    <name>role_layouts</name>
    <message>
        <source>&amp;Layout</source>
        <extracomment>The role last chosen from View → Layout: its corners are set again at the next start. The docks as built, before any saved arrangement: every layout starts from it (see remember_built).</extracomment>
        <translation>&amp;Disposición</translation>
    </message>
    <message>
        <source>For the &amp;moderator</source>
        <translation>Para el &amp;moderador</translation>
    </message>
    <message>
        <source>Timer, roster, queue and balance; the interventions under the timer</source>
        <translation>Temporizador, lista, cola y equilibrio; las intervenciones bajo el temporizador</translation>
    </message>
    <message>
        <source>For the &amp;online moderator</source>
        <translation>Para el moderador en &amp;línea</translation>
    </message>
    <message>
        <source>The remote queue in front and taller; the interventions under the timer</source>
        <translation>La cola remota delante y más alta; las intervenciones bajo el temporizador</translation>
    </message>
    <message>
        <source>For the &amp;rapporteur</source>
        <translation>Para el &amp;relator</translation>
    </message>
    <message>
        <source>The notes in front, with half the window&apos;s height; a narrower roster</source>
        <translation>Las notas delante, con la mitad de la altura de la ventana; una lista más estrecha</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Finish the open dialog, then open the session with File → Open.</source>
        <translation>Termine el diálogo abierto y luego abra la sesión con Archivo → Abrir.</translation>
    </message>
    <message>
        <source>moderator-app was started again for a session that is not here: %1</source>
        <translation>Se volvió a iniciar moderator-app para una sesión que no está aquí: %1</translation>
    </message>
    <message>
        <source>moderator-app was started again: this window is the one in use.</source>
        <translation>Se volvió a iniciar moderator-app: esta es la ventana en uso.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Platform · kind</source>
        <translation>Plataforma · tipo</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Pregunta o comentario</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Espera desde</translation>
    </message>
    <message>
        <source>★ not yet</source>
        <extracomment>The columns&apos; source texts, marked with QT_TRANSLATE_NOOP(&quot;tables&quot;, …) and translated when shown. Each shown row&apos;s cell texts, worked out once (a painted cell asks for them three times), by row number with the row object they belong to; a new row object at a number is worked out anew.</extracomment>
        <translation>★ aún no</translation>
    </message>
    <message>
        <source>%1 in 1 turn</source>
        <translation>%1 en 1 turno</translation>
    </message>
    <message>
        <source>%1 in %2 turns</source>
        <translation>%1 en %2 turnos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Habló</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Habló</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Exceso</translation>
    </message>
</context>
</TS>
