<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>moderator-app icon</source>
        <translation>Icône de moderator-app</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A live console for moderators and rapporteurs of multistakeholder sessions.</source>
        <translation>Une console en direct pour les modérateurs et rapporteurs des sessions multipartites.</translation>
    </message>
    <message>
        <source>Data folder (sessions, backups, settings):</source>
        <translation>Dossier de données (sessions, sauvegardes, réglages)&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Open the folder in the file manager</source>
        <translation>Ouvrir le dossier dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Show the folder holding your sessions in the file manager.</source>
        <translation>Afficher dans le gestionnaire de fichiers le dossier qui contient vos sessions.</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s path</source>
        <translation>Copier le chemin du dossier de données</translation>
    </message>
    <message>
        <source>Put the data folder&apos;s path on the clipboard.</source>
        <translation>Mettre le chemin du dossier de données dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Data folder status</source>
        <translation>État du dossier de données</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>Fonctionne avec %1</translation>
    </message>
    <message>
        <source>moderator-app is free software: you can share and change it under the GNU General Public License, version 3 or later (%1). It comes with no warranty. It is built on the components below; choose one to read its licence.</source>
        <translation>moderator-app est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon la Licence publique générale GNU, version 3 ou ultérieure (%1). Il est fourni sans aucune garantie. Il repose sur les composants ci-dessous&#xa0;; choisissez-en un pour lire sa licence.</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <source>Choose a component to show its licence text below</source>
        <translation>Choisissez un composant pour afficher ci-dessous le texte de sa licence</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copier les &amp;détails</translation>
    </message>
    <message>
        <source>Copy version and data folder for a bug report</source>
        <translation>Copier la version et le dossier de données pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Put the app&apos;s, Qt&apos;s and Python&apos;s versions and the data folder on the clipboard.</source>
        <translation>Mettre dans le presse-papiers les versions de l&apos;application, de Qt et de Python, et le dossier de données.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window (Esc).</source>
        <translation>Fermer cette fenêtre (Échap).</translation>
    </message>
    <message>
        <source>The licence text of %1 is missing from this installation.</source>
        <translation>Le texte de la licence de %1 manque dans cette installation.</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licence de %1</translation>
    </message>
    <message>
        <source>No file manager could open the folder: copy its path and open it yourself.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir le dossier&#xa0;: copiez son chemin et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>The folder&apos;s path is on the clipboard.</source>
        <translation>Le chemin du dossier est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Version details are on the clipboard.</source>
        <translation>Les détails de la version sont dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backup skipped: only %1 MB free on the disk, and a backup must leave %2 MB for the session to go on. Free some space; the session itself is saved.</source>
        <extracomment>The parent of the restore&apos;s dialogs.</extracomment>
        <translation>Sauvegarde non faite&#xa0;: il ne reste que %1 Mo libres sur le disque, et une sauvegarde doit en laisser %2 Mo pour que la session continue. Libérez de l&apos;espace&#xa0;; la session elle-même est enregistrée.</translation>
    </message>
    <message>
        <source>Backup failed: %1. The session itself is saved; free some space or check the folder.</source>
        <translation>La sauvegarde a échoué&#xa0;: %1. La session elle-même est enregistrée&#xa0;; libérez de l&apos;espace ou vérifiez le dossier.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Restored the backup %1. The damaged database was kept as %2.</source>
        <translation>La sauvegarde %1 a été restaurée. La base de données endommagée a été conservée sous le nom %2.</translation>
    </message>
    <message>
        <source>Restored the backup %1. The state before it was backed up too.</source>
        <translation>Sauvegarde %1 restaurée. L&apos;état précédent a aussi été sauvegardé.</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>Speaking time bars</source>
        <translation>Barres du temps de parole</translation>
    </message>
    <message>
        <source>%1: %2, %3 % of time, %4 % of %5</source>
        <translation>%1&#xa0;: %2, %3 % du temps, %4 % des %5</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Speaking-time balance</source>
        <translation>Équilibre du temps de parole</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>Équilibre par</translation>
    </message>
    <message>
        <source>What the bars group by: person, stakeholder group, gender, region or attendance</source>
        <translation>Critère de regroupement des barres&#xa0;: personne, groupe de parties prenantes, genre, région ou modalité</translation>
    </message>
    <message>
        <source>Compare time with</source>
        <translation>Comparer le temps avec</translation>
    </message>
    <message>
        <source>What each group&apos;s share of speaking time is compared with</source>
        <translation>Ce à quoi la part du temps de parole de chaque groupe est comparée</translation>
    </message>
    <message>
        <source>the speakers</source>
        <translation>les intervenants</translation>
    </message>
    <message>
        <source>everyone who took the floor</source>
        <translation>tous ceux qui ont pris la parole</translation>
    </message>
    <message>
        <source>everyone on the roster</source>
        <translation>toute la liste</translation>
    </message>
    <message>
        <source>Bar: share of time · tick: share of</source>
        <translation>Barre&#xa0;: part du temps · repère&#xa0;: part des</translation>
    </message>
    <message>
        <source>Speaking time by group</source>
        <translation>Temps de parole par groupe</translation>
    </message>
    <message>
        <source>Give the floor to the suggested speaker</source>
        <translation>Donner la parole à l&apos;intervenant proposé</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>The Balance panel&apos;s tab: short, several side by side. A heading or table that stands alone (Event statistics). A check box in Preferences, with its accelerator. A steering priority in Balance settings; the person is none.</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>On/remote</source>
        <translation>Sur place/à distance</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>people who took the floor</source>
        <translation>personnes ayant pris la parole</translation>
    </message>
    <message>
        <source>people on the roster</source>
        <translation>personnes de la liste</translation>
    </message>
    <message>
        <source>Balance: nothing to compare yet (nobody has spoken, or nobody is in the comparison set).</source>
        <translation>Équilibre&#xa0;: rien à comparer pour l&apos;instant (personne n&apos;a parlé ou personne n&apos;est dans l&apos;ensemble de comparaison).</translation>
    </message>
    <message>
        <source>well balanced</source>
        <translation>bien équilibré</translation>
    </message>
    <message>
        <source>somewhat uneven</source>
        <translation>un peu inégal</translation>
    </message>
    <message>
        <source>unbalanced</source>
        <translation>déséquilibré</translation>
    </message>
    <message>
        <source>Balance %1 % (%2): %3 % of the time would have to change hands to match who is present.</source>
        <translation>Équilibre %1 % (%2)&#xa0;: %3 % du temps devrait changer de mains pour correspondre aux présents.</translation>
    </message>
    <message>
        <source>Most over: %1 (+%2 points).</source>
        <translation>Le plus au-dessus&#xa0;: %1 (+%2 points).</translation>
    </message>
    <message>
        <source>Suggested next: nobody is waiting.</source>
        <translation>Proposé ensuite&#xa0;: personne n&apos;attend.</translation>
    </message>
    <message>
        <source>a point of order or direct reply is heard first</source>
        <translation>une motion d&apos;ordre ou un droit de réponse passe en premier</translation>
    </message>
    <message>
        <source>first intervention</source>
        <translation>première intervention</translation>
    </message>
    <message>
        <source>%1 under-represented (%2 % of time, %3 % of %4)</source>
        <translation>%1&#xa0;: sous-représentation (%2 % du temps, %3 % des %4)</translation>
    </message>
    <message>
        <source>next in the queue</source>
        <translation>suivant dans la file</translation>
    </message>
    <message>
        <source> (remote request, no. %1 in the remote queue)</source>
        <translation> (demande à distance, nº %1 dans la file à distance)</translation>
    </message>
    <message>
        <source> (no. %1 in the queue)</source>
        <translation> (nº %1 dans la file)</translation>
    </message>
    <message>
        <source>Suggested next: %1%2 — %3</source>
        <translation>Proposé ensuite&#xa0;: %1%2 — %3</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 restant sur %2</translation>
    </message>
    <message>
        <source>%1 OVER its %2</source>
        <translation>%1 AU-DELÀ de ses %2</translation>
    </message>
    <message>
        <source>Contingents — </source>
        <translation>Contingents — </translation>
    </message>
</context>
<context>
    <name>BalanceSettingsDialog</name>
    <message>
        <source>Balance settings and contingents</source>
        <translation>Réglages de l&apos;équilibre et contingents</translation>
    </message>
    <message>
        <source>Compare time with</source>
        <translation>Comparer le temps avec</translation>
    </message>
    <message>
        <source>What each group&apos;s share of speaking time is compared with</source>
        <translation>Ce à quoi la part du temps de parole de chaque groupe est comparée</translation>
    </message>
    <message>
        <source>the speakers (people with the Speaker role)</source>
        <translation>les intervenants (personnes ayant le rôle Intervenant)</translation>
    </message>
    <message>
        <source>everyone who has taken the floor</source>
        <translation>tous ceux qui ont pris la parole</translation>
    </message>
    <message>
        <source>everyone on the roster except moderators and rapporteurs</source>
        <translation>toute la liste sauf modérateurs et rapporteurs</translation>
    </message>
    <message>
        <source>What the suggestion favours, most important first</source>
        <translation>Ce que la proposition favorise, le plus important d&apos;abord</translation>
    </message>
    <message>
        <source>Tick what the suggested next speaker favours; Move up and Move down set the order</source>
        <translation>Cochez ce que privilégie le prochain intervenant proposé&#xa0;; Monter et Descendre fixent l&apos;ordre</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Make the selected priority more important</source>
        <translation>Donner plus d&apos;importance à la priorité sélectionnée</translation>
    </message>
    <message>
        <source>Make the selected priority less important</source>
        <translation>Donner moins d&apos;importance à la priorité sélectionnée</translation>
    </message>
    <message>
        <source>Suggested next speaker favours</source>
        <translation>L&apos;intervenant proposé favorise</translation>
    </message>
    <message>
        <source>Time contingents (minutes per group; 0 = none)</source>
        <translation>Contingents de temps (minutes par groupe&#xa0;; 0 = aucun)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Contingent for %1</source>
        <translation>Contingent de %1</translation>
    </message>
    <message>
        <source>Minutes of speaking time this group may use in the session; none means no contingent</source>
        <translation>Minutes de temps de parole que ce groupe peut utiliser dans la session&#xa0;; «&#xa0;aucun&#xa0;» signifie qu&apos;il n&apos;a pas de contingent</translation>
    </message>
    <message>
        <source>(%1 min added)</source>
        <translation>(%1 min ajoutées)</translation>
    </message>
    <message>
        <source>Compare each group&apos;s share of time with its share of:</source>
        <translation>Comparer la part du temps de chaque groupe avec sa part parmi&#xa0;:</translation>
    </message>
    <message>
        <source>The suggestion never reorders the queue: S gives the floor to the suggested person.</source>
        <translation>La proposition ne réordonne jamais la file&#xa0;: S donne la parole à la personne proposée.</translation>
    </message>
    <message>
        <source>People who have not spoken yet</source>
        <translation>Personnes qui n&apos;ont pas encore parlé</translation>
    </message>
    <message>
        <source>Under-represented stakeholder groups</source>
        <translation>Groupes de parties prenantes sous-représentés</translation>
    </message>
    <message>
        <source>Under-represented genders</source>
        <translation>Genres sous-représentés</translation>
    </message>
    <message>
        <source>Under-represented UN regional groups</source>
        <translation>Groupes régionaux de l&apos;ONU sous-représentés</translation>
    </message>
    <message>
        <source>Onsite or remote, whichever is under-represented</source>
        <translation>Sur place ou à distance, selon celui qui est sous-représenté</translation>
    </message>
</context>
<context>
    <name>ColourSchemeMenu</name>
    <message>
        <source>Colour &amp;scheme</source>
        <translation>&amp;Thème de couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>Light or dark, as the desktop is set</source>
        <translation>Clair ou sombre, selon le réglage du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texte sombre sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light text on a dark background, easier in a dim room</source>
        <translation>Texte clair sur fond sombre, plus confortable dans une salle peu éclairée</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>White on black with bold colours and a cyan focus ring</source>
        <translation>Blanc sur noir avec des couleurs vives et un cadre de focus cyan</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New session</source>
        <extracomment>The parent of the commands&apos; dialogs. The rapporteur&apos;s window for the open session, once opened (one per main window).</extracomment>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Created “%1”. Add participants with Ctrl+Shift+A.</source>
        <translation>«&#xa0;%1&#xa0;» créée. Ajoutez des participants avec Ctrl+Maj+A.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Importer un fichier de session</translation>
    </message>
    <message>
        <source>Session files (*.json);;All files (*)</source>
        <translation>Fichiers de session (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Session file merged</source>
        <translation>Fichier de session fusionné</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importée.</translation>
    </message>
    <message>
        <source>Export session file</source>
        <translation>Exporter le fichier de session</translation>
    </message>
    <message>
        <source>Session files (*.json)</source>
        <translation>Fichiers de session (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Session details saved.</source>
        <translation>Détails de la session enregistrés.</translation>
    </message>
    <message>
        <source>Session clock started.</source>
        <translation>Horloge de la session démarrée.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>End the session now? The current intervention ends and the session clock stops.</source>
        <translation>Terminer la session maintenant&#xa0;? L&apos;intervention en cours se termine et l&apos;horloge de la session s&apos;arrête.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Session terminée.</translation>
    </message>
    <message>
        <source>Session resumed.</source>
        <translation>Session reprise.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select someone in the roster first.</source>
        <translation>Sélectionnez d&apos;abord quelqu&apos;un dans la liste.</translation>
    </message>
    <message>
        <source>Added %1 to the roster.</source>
        <translation>%1 ajouté à la liste.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Remove %1 from the roster (and from the queue)?</source>
        <translation>Retirer %1 de la liste (et de la file)&#xa0;?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Retiré.</translation>
    </message>
    <message>
        <source>%1 is number %2 in the queue.</source>
        <translation>%1 est en position %2 dans la file.</translation>
    </message>
    <message>
        <source>Select an entry in the queue first.</source>
        <translation>Sélectionnez d&apos;abord une entrée de la file.</translation>
    </message>
    <message>
        <source>Withdrawn from the queue (Ctrl+Z undoes).</source>
        <translation>Retiré de la file (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Queue change undone.</source>
        <translation>Modification de la file annulée.</translation>
    </message>
    <message>
        <source>Queue change redone.</source>
        <translation>Modification de la file rétablie.</translation>
    </message>
    <message>
        <source>Intervention ended after %1.</source>
        <translation>Intervention terminée après %1.</translation>
    </message>
    <message>
        <source>Nobody has the floor right now.</source>
        <translation>Personne n&apos;a la parole pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Temps alloué</translation>
    </message>
    <message>
        <source>Seconds for this intervention (0 = no limit):</source>
        <translation>Secondes pour cette intervention (0 = sans limite)&#xa0;:</translation>
    </message>
    <message>
        <source>Balance settings saved.</source>
        <translation>Réglages de l&apos;équilibre enregistrés.</translation>
    </message>
    <message>
        <source>No contingents yet: set them in Balance settings (Ctrl+B).</source>
        <translation>Pas encore de contingents&#xa0;: définissez-les dans les réglages de l&apos;équilibre (Ctrl+B).</translation>
    </message>
    <message>
        <source>Add contingent time</source>
        <translation>Ajouter du temps au contingent</translation>
    </message>
    <message>
        <source>Stakeholder group:</source>
        <translation>Groupe de parties prenantes&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes to add to %1 (negative takes time away):</source>
        <translation>Minutes à ajouter à %1 (une valeur négative retire du temps)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 min added.</source>
        <translation>%1&#xa0;: %2 min ajoutées.</translation>
    </message>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importer une proposition d&apos;atelier</translation>
    </message>
    <message>
        <source>Session pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Pages de session (*.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import session page from the clipboard</source>
        <translation>Importer une page de session depuis le presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no session page: %1</source>
        <translation>Le presse-papiers ne contient aucune page de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created “%1” from the proposal.</source>
        <translation>«&#xa0;%1&#xa0;» créée à partir de la proposition.</translation>
    </message>
    <message>
        <source>Import roster (CSV)</source>
        <translation>Importer une liste (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Roster: %1 added, %2 updated, %3 already there, %4 rows skipped.</source>
        <translation>Liste&#xa0;: %1 ajoutés, %2 mis à jour, %3 déjà présents, %4 lignes ignorées.</translation>
    </message>
</context>
<context>
    <name>ConsoleBridge</name>
    <message>
        <source>The data file reads as damaged: %1 Nothing was changed. Everything saved before is in the backups: close and restart the app to be offered the newest good one.</source>
        <extracomment>After every committed write: the domain.changes.Change saying what changed. A message for the moderator: (text, is_error). A command could not be stored (disk full, read-only folder…): the plain message. It was rolled back. A command was stored again after one that could not be: the warning can go.</extracomment>
        <translation>Le fichier de données semble endommagé&#xa0;: %1 Rien n’a été modifié. Tout ce qui a été enregistré avant se trouve dans les sauvegardes&#xa0;: fermez et relancez l’application pour que la plus récente en bon état vous soit proposée.</translation>
    </message>
    <message>
        <source>Could not save this change: %1. Nothing was changed; check the disk and try again.</source>
        <translation>Impossible d&apos;enregistrer cette modification&#xa0;: %1. Rien n&apos;a été modifié&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>DamagedRestoreDialog</name>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisissez une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Every backup listed here was checked and reads whole, newest first. The one you restore takes the place of the damaged file, which is moved aside first, as it is.</source>
        <translation>Chaque sauvegarde de cette liste a été vérifiée et se lit en entier&#xa0;; la plus récente d&apos;abord. Celle que vous restaurez prend la place du fichier endommagé, qui est d&apos;abord mis de côté tel quel.</translation>
    </message>
    <message>
        <source>Restore the backup taken %1? The damaged file is moved aside first, as it is, and the backup is put in its place.</source>
        <translation>Restaurer la sauvegarde prise %1&#xa0;? Le fichier endommagé est d&apos;abord mis de côté tel quel, et la sauvegarde prend sa place.</translation>
    </message>
</context>
<context>
    <name>EventStatsDialog</name>
    <message>
        <source>Event statistics</source>
        <translation>Statistiques de l&apos;événement</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>The event whose sessions are added up</source>
        <translation>L&apos;événement dont les sessions sont additionnées</translation>
    </message>
    <message>
        <source>Event summary</source>
        <translation>Résumé de l&apos;événement</translation>
    </message>
    <message>
        <source>Figures by dimension</source>
        <translation>Chiffres par dimension</translation>
    </message>
    <message>
        <source>%1 balance</source>
        <translation>Équilibre par %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% du temps</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>% of people</source>
        <translation>% des personnes</translation>
    </message>
    <message>
        <source>%1: time and people</source>
        <translation>%1&#xa0;: temps et personnes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Balance (gender)</source>
        <translation>Équilibre (genre)</translation>
    </message>
    <message>
        <source>Sessions furthest from balance</source>
        <translation>Sessions les plus éloignées de l&apos;équilibre</translation>
    </message>
    <message>
        <source>Furthest from balance</source>
        <translation>Les plus éloignées de l&apos;équilibre</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Save these figures as a CSV file for a spreadsheet</source>
        <translation>Enregistrer ces chiffres dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Search this event&apos;s &amp;notes…</source>
        <translation>Rechercher dans les &amp;notes de l&apos;événement…</translation>
    </message>
    <message>
        <source>Find words in the notes of this event&apos;s sessions; Enter on a note opens its session</source>
        <translation>Chercher des mots dans les notes des sessions de cet événement&#xa0;; Entrée sur une note ouvre sa session</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement&#xa0;:</translation>
    </message>
    <message>
        <source>Figures of the event, one row each; the arrow keys move from cell to cell</source>
        <translation>Chiffres de l&apos;événement, un par ligne&#xa0;; les flèches passent d&apos;une cellule à l&apos;autre</translation>
    </message>
    <message>
        <source>No balance yet: nobody has spoken in these sessions.</source>
        <translation>Pas encore d&apos;équilibre&#xa0;: personne n&apos;a parlé dans ces sessions.</translation>
    </message>
    <message>
        <source>Balance %1 %: %2 % of the speaking time would have to change hands to match who was there.</source>
        <translation>Équilibre %1 %&#xa0;: %2 % du temps de parole devrait changer de mains pour correspondre aux présents.</translation>
    </message>
    <message>
        <source>No events yet: give sessions an event in Session details (Ctrl+Shift+D).</source>
        <translation>Pas encore d&apos;événement&#xa0;: attribuez un événement aux sessions dans Détails de la session (Ctrl+Maj+D).</translation>
    </message>
    <message>
        <source>%1 sessions; substantive speaking time %2 (facilitation %3, points of order %4).</source>
        <translation>%1 sessions&#xa0;; temps de parole de fond %2 (animation %3, motions d&apos;ordre %4).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GettingStartedGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>A walkthrough of the main window, one area per page</source>
        <translation>Une visite de la fenêtre principale, une zone par page</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The previous page of the walkthrough</source>
        <translation>La page précédente de la visite</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>The next page of the walkthrough</source>
        <translation>La page suivante de la visite</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the walkthrough</source>
        <translation>Fermer la visite</translation>
    </message>
    <message>
        <source>It will not open by itself again; Help → Getting started brings it back</source>
        <translation>Elle ne s&apos;ouvrira plus d&apos;elle-même&#xa0;; Aide → Premiers pas la rouvre</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This is the demo session, an IGF round table to try things on. Nothing you do here touches a real session, and File → Open the demo session (%1) brings it back at any time.

Everything works from the keyboard. Enter goes to the next page, Esc closes this guide; the window behind it keeps working while it is open.</source>
        <translation>Voici la session de démonstration, une table ronde du FGI pour faire des essais. Rien de ce que vous faites ici ne touche une vraie session, et Fichier → Ouvrir la session de démonstration (%1) la rouvre à tout moment.

Tout fonctionne au clavier. Entrée passe à la page suivante, Échap ferme ce guide&#xa0;; la fenêtre derrière reste utilisable pendant qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <source>The timer</source>
        <translation>Le chronomètre</translation>
    </message>
    <message>
        <source>Who has the floor and how much time is left, large enough to read from the chair. The phase is said in colour, a shape and words: ● on time, ▲ wrap up, ■ over time, ❚❚ paused.

Space starts, pauses and resumes; N gives the floor to the next in the queue; + and − give or take 30 seconds; Esc brings the keys back here from any field.</source>
        <translation>Qui a la parole et combien de temps il reste, assez grand pour être lu depuis la présidence. La phase est indiquée par une couleur, une forme et des mots&#xa0;: ● dans le temps, ▲ conclure, ■ temps dépassé, ❚❚ en pause.

Espace démarre, met en pause et reprend&#xa0;; N donne la parole au suivant dans la file&#xa0;; + et − ajoutent ou retirent 30 secondes&#xa0;; Échap ramène ici les touches depuis n&apos;importe quel champ.</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La file d&apos;attente</translation>
    </message>
    <message>
        <source>Who asked for the floor, in order. A adds someone (type a few letters of the name), P adds a point of order or a direct reply at the top, Alt+Up and Alt+Down reorder, Delete withdraws while the queue has the focus. The line under the timer always shows the next three.</source>
        <translation>Qui a demandé la parole, dans l&apos;ordre. A ajoute quelqu&apos;un (tapez quelques lettres du nom), P ajoute une motion d&apos;ordre ou un droit de réponse en tête, Alt+Haut et Alt+Bas réordonnent, Suppr retire quand la file a le focus. La ligne sous le chronomètre montre toujours les trois suivants.</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>La liste</translation>
    </message>
    <message>
        <source>Everyone in the room and online, with their speaking time so far. %1 finds a person, %2 adds one, Q puts the selected person in the queue, F2 edits.</source>
        <translation>Toutes les personnes dans la salle et en ligne, avec leur temps de parole jusqu&apos;ici. %1 trouve une personne, %2 en ajoute une, Q met en file la personne sélectionnée, F2 modifie.</translation>
    </message>
    <message>
        <source>The balance</source>
        <translation>L&apos;équilibre</translation>
    </message>
    <message>
        <source>The share of speaking time by stakeholder group, gender, region and attendance, against the share of people. It suggests who could speak next to even things out; S gives them the floor. %1 sets what it compares with and any time budgets per group.</source>
        <translation>La part du temps de parole par groupe de parties prenantes, genre, région et modalité, face à la part des personnes. Il propose qui pourrait parler ensuite pour rééquilibrer&#xa0;; S lui donne la parole. %1 règle la base de comparaison et les contingents de temps par groupe.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s notes: %1 puts the cursor in the quick-note field under the timer, Alt+1 to Alt+9 tag the note, Enter saves it linked to the current speaker. The Notes panel (beside Interventions) searches, filters and edits them.</source>
        <translation>Les notes du rapporteur&#xa0;: %1 place le curseur dans le champ de note rapide sous le chronomètre, Alt+1 à Alt+9 étiquettent la note, Entrée l&apos;enregistre liée à l&apos;intervenant en cours. Le panneau Notes (à côté d&apos;Interventions) les recherche, les filtre et les modifie.</translation>
    </message>
    <message>
        <source>Remote participants</source>
        <translation>Participants à distance</translation>
    </message>
    <message>
        <source>The online moderator&apos;s panel, in a tab beside the queue (%1): take down who asks from the video call or the chat and what they wrote; I brings the first remote request into the main queue.</source>
        <translation>Le panneau du modérateur en ligne, dans un onglet à côté de la file (%1)&#xa0;: notez qui demande la parole depuis la visioconférence ou le chat et ce qui a été écrit&#xa0;; I intègre la première demande à distance à la file principale.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>%1 opens the rapporteur&apos;s report in its own window: drafted from the notes and the balance, editable section by section, exported to Word, OpenDocument, PDF, HTML or Markdown.

F1 lists every keyboard shortcut, F9 opens the stage display for the speakers, and Help → Getting started shows this guide again.</source>
        <translation>%1 ouvre le rapport du rapporteur dans sa propre fenêtre&#xa0;: rédigé à partir des notes et de l&apos;équilibre, modifiable section par section, exporté en Word, OpenDocument, PDF, HTML ou Markdown.

F1 liste tous les raccourcis clavier, F9 ouvre l&apos;écran de scène pour les intervenants, et Aide → Premiers pas affiche de nouveau ce guide.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Interventions so far</source>
        <translation>Interventions jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Every turn so far, newest first, with its speaking time</source>
        <translation>Tous les tours jusqu&apos;ici, le plus récent d&apos;abord, avec leur temps de parole</translation>
    </message>
</context>
<context>
    <name>InterventionsModel</name>
    <message>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared session</source>
        <translation>Rejoindre une session partagée</translation>
    </message>
    <message>
        <source>Type the join code the onsite moderator&apos;s screen shows.</source>
        <translation>Saisissez le code qu&apos;affiche l&apos;écran du modérateur sur place.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code pour rejoindre</translation>
    </message>
    <message>
        <source>24 characters; case, spaces and dashes do not matter; an invitation also fills in the address</source>
        <translation>24&#xa0;caractères&#xa0;; majuscules, espaces et tirets sont indifférents&#xa0;; une invitation remplit aussi l’adresse</translation>
    </message>
    <message>
        <source>Sessions found on this network</source>
        <translation>Sessions trouvées sur ce réseau</translation>
    </message>
    <message>
        <source>Choosing one fills in its address</source>
        <translation>En choisir une remplit son adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>HOST:PORT as the host&apos;s screen shows it; empty: look for the host on this network</source>
        <translation>HÔTE:PORT tel que l&apos;écran de l&apos;hôte l&apos;affiche&#xa0;; vide&#xa0;: chercher l&apos;hôte sur ce réseau</translation>
    </message>
    <message>
        <source>empty: look on this network</source>
        <translation>vide&#xa0;: chercher sur ce réseau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What this laptop does in the session</source>
        <translation>Ce que fait cet ordinateur dans la session</translation>
    </message>
    <message>
        <source>Join status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Whether the join worked, and why not</source>
        <translation>Si la connexion a réussi, et sinon pourquoi</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>&amp;Trouvées sur ce réseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Connects to the host and opens the shared session</source>
        <translation>Se connecte à l&apos;hôte et ouvre la session partagée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window without joining</source>
        <translation>Ferme cette fenêtre sans rejoindre</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Looking for the host on this network…</source>
        <translation>Recherche de l&apos;hôte sur ce réseau…</translation>
    </message>
    <message>
        <source>Invitation read: the code and the address are filled in; choose the role.</source>
        <translation>Invitation lue&#xa0;: le code et l’adresse sont remplis&#xa0;; choisissez le rôle.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>None found yet (the network may block it): type the address.</source>
        <translation>Aucune trouvée pour l&apos;instant (le réseau peut l&apos;empêcher)&#xa0;: saisissez l&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Next speakers</source>
        <translation>Intervenants suivants</translation>
    </message>
    <message>
        <source>Roster</source>
        <extracomment>The console has closed and every window it owns with it: the app ends (or restarts), see app.py. Every action of the window by its name in the table (&quot;next&quot;, &quot;toggle&quot;, &quot;quick_note&quot;…). The actions of each menu, under the menu&apos;s title (the keyboard card and the shortcut list read it).</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus, in menu-bar order (the stage&apos;s menu goes before Help: see MainWindow).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>File d&apos;a&amp;ttente</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>Pa&amp;role</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <extracomment>Every command of the window, in menu order.</extracomment>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>Open the &amp;demo session</source>
        <translation>Ouvrir la session de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Importer un fichier de session…</translation>
    </message>
    <message>
        <source>Import workshop &amp;proposal…</source>
        <translation>Importer une &amp;proposition d&apos;atelier…</translation>
    </message>
    <message>
        <source>Import session page from the c&amp;lipboard…</source>
        <translation>Importer une pa&amp;ge de session depuis le presse-papiers…</translation>
    </message>
    <message>
        <source>Copy an IGF session page in the browser (all of it), then choose this to preview it</source>
        <translation>Copiez une page de session de l’IGF dans le navigateur (en entier), puis choisissez ceci pour l’aperçu</translation>
    </message>
    <message>
        <source>Paste a session page to import…</source>
        <translation>Coller une page de session à importer…</translation>
    </message>
    <message>
        <source>A box to paste an IGF session page&apos;s text into, then the same preview</source>
        <translation>Une zone où coller le texte d’une page de session de l’IGF, puis le même aperçu</translation>
    </message>
    <message>
        <source>&amp;Export session file…</source>
        <translation>&amp;Exporter le fichier de session…</translation>
    </message>
    <message>
        <source>&amp;Join a shared session…</source>
        <translation>Re&amp;joindre une session partagée…</translation>
    </message>
    <message>
        <source>Type the code the onsite moderator&apos;s laptop shows, and work on the session with them</source>
        <translation>Saisissez le code qu&apos;affiche l&apos;ordinateur du modérateur sur place, et travaillez ensemble sur la session</translation>
    </message>
    <message>
        <source>&amp;Leave the shared session</source>
        <translation>Qui&amp;tter la session partagée</translation>
    </message>
    <message>
        <source>Stop sharing, or leave the session joined; this laptop keeps its copy</source>
        <translation>Arrête le partage, ou quitte la session rejointe&#xa0;; cet ordinateur garde sa copie</translation>
    </message>
    <message>
        <source>&amp;Rapporteur&apos;s report…</source>
        <translation>&amp;Rapport du rapporteur…</translation>
    </message>
    <message>
        <source>Draft the session report from the notes and the balance; edit, export, print</source>
        <translation>Rédiger le rapport de la session à partir des notes et de l&apos;équilibre&#xa0;; modifier, exporter, imprimer</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup; a backup of the current state is taken first</source>
        <translation>Revenir à une sauvegarde automatique&#xa0;; l&apos;état actuel est sauvegardé d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo queue change</source>
        <translation>&amp;Annuler la modification de la file</translation>
    </message>
    <message>
        <source>&amp;Redo queue change</source>
        <translation>&amp;Rétablir la modification de la file</translation>
    </message>
    <message>
        <source>Session &amp;details and agenda…</source>
        <translation>&amp;Détails de la session et ordre du jour…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Find in roster</source>
        <translation>&amp;Rechercher dans la liste</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Import roster (&amp;CSV)…</source>
        <translation>Importer une liste (&amp;CSV)…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Modifier le participant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove participant…</source>
        <translation>Re&amp;tirer le participant…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>&amp;Queue selected participant</source>
        <translation>Mettre en &amp;file le participant sélectionné</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Give the floor to selected</source>
        <translation>Donner la &amp;parole au participant sélectionné</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>&amp;Add to queue…</source>
        <translation>&amp;Ajouter à la file…</translation>
    </message>
    <message>
        <source>&amp;Point of order or reply…</source>
        <translation>Motion d&apos;&amp;ordre ou droit de réponse…</translation>
    </message>
    <message>
        <source>Add a point of order or direct reply: it goes to the top of the queue</source>
        <translation>Ajouter une motion d&apos;ordre ou un droit de réponse&#xa0;: il passe en tête de la file</translation>
    </message>
    <message>
        <source>Point of order…</source>
        <translation>Motion d&apos;ordre…</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Placer en &amp;tête</translation>
    </message>
    <message>
        <source>&amp;Remote request…</source>
        <translation>Demande à distan&amp;ce…</translation>
    </message>
    <message>
        <source>The online moderator&apos;s panel: who, platform, what they wrote; Enter adds it to the remote queue</source>
        <translation>Le panneau du modérateur en ligne&#xa0;: qui, plateforme, ce qui a été écrit&#xa0;; Entrée l&apos;ajoute à la file à distance</translation>
    </message>
    <message>
        <source>Bring the first remote request &amp;in</source>
        <translation>&amp;Intégrer la première demande à distance</translation>
    </message>
    <message>
        <source>The first request of the remote queue goes next in the main queue, after any points of order</source>
        <translation>La première demande de la file à distance passe ensuite dans la file principale, après les motions d&apos;ordre</translation>
    </message>
    <message>
        <source>Bring remote in</source>
        <translation>Intégrer à distance</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Démarrer / pause / reprendre</translation>
    </message>
    <message>
        <source>Pause or resume the timer; with nobody speaking, give the floor to the next in the queue</source>
        <translation>Mettre en pause ou reprendre le chronomètre&#xa0;; si personne ne parle, donner la parole au suivant dans la file</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Intervenant &amp;suivant</translation>
    </message>
    <message>
        <source>End the current intervention and give the floor to the head of the queue</source>
        <translation>Terminer l&apos;intervention en cours et donner la parole au premier de la file</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Intervenant suivant</translation>
    </message>
    <message>
        <source>Give the floor to the &amp;suggested speaker</source>
        <translation>Donner la parole à l&apos;intervenant pr&amp;oposé</translation>
    </message>
    <message>
        <source>The suggestion in the Balance panel; the rest of the queue keeps its order</source>
        <translation>La proposition du panneau Équilibre&#xa0;; le reste de la file garde son ordre</translation>
    </message>
    <message>
        <source>Give floor (S)</source>
        <translation>Donner la parole (S)</translation>
    </message>
    <message>
        <source>&amp;End intervention</source>
        <translation>&amp;Terminer l&apos;intervention</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Fin du tour</translation>
    </message>
    <message>
        <source>Give &amp;30 s more</source>
        <translation>Donner &amp;30 s de plus</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Take 30 s &amp;away</source>
        <translation>&amp;Enlever 30 s</translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Set &amp;allotted time…</source>
        <translation>Fixer le temps &amp;alloué…</translation>
    </message>
    <message>
        <source>&amp;Next agenda segment</source>
        <translation>&amp;Segment suivant de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Segment suivant</translation>
    </message>
    <message>
        <source>&amp;Start session clock</source>
        <translation>&amp;Démarrer l&apos;horloge de la session</translation>
    </message>
    <message>
        <source>&amp;Balance settings and contingents…</source>
        <translation>Réglages de l&apos;é&amp;quilibre et contingents…</translation>
    </message>
    <message>
        <source>Add time to a group&apos;s &amp;contingent…</source>
        <translation>Ajouter du temps au &amp;contingent d&apos;un groupe…</translation>
    </message>
    <message>
        <source>Event s&amp;tatistics…</source>
        <translation>S&amp;tatistiques de l&apos;événement…</translation>
    </message>
    <message>
        <source>S&amp;hare this session…</source>
        <translation>P&amp;artager cette session…</translation>
    </message>
    <message>
        <source>Show a join code for the online moderator&apos;s and the rapporteur&apos;s laptops</source>
        <translation>Affiche un code pour les ordinateurs du modérateur en ligne et du rapporteur</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>Terminer la sessi&amp;on…</translation>
    </message>
    <message>
        <source>&amp;Resume ended session</source>
        <translation>&amp;Reprendre la session terminée</translation>
    </message>
    <message>
        <source>&amp;Quick note</source>
        <translation>Note &amp;rapide</translation>
    </message>
    <message>
        <source>Type a note under the timer: Enter saves it, Esc goes back to the timer</source>
        <translation>Tapez une note sous le chronomètre&#xa0;: Entrée l&apos;enregistre, Échap revient au chronomètre</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>Re&amp;chercher dans les notes</translation>
    </message>
    <message>
        <source>Search &amp;all sessions&apos; notes…</source>
        <translation>Rechercher dans les notes de &amp;toutes les sessions…</translation>
    </message>
    <message>
        <source>Find notes in every session, or one event&apos;s; Enter shows a note in its session</source>
        <translation>Trouver des notes dans toutes les sessions ou celles d&apos;un événement&#xa0;; Entrée affiche la note dans sa session</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Annuler la modification de note</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to the &amp;timer</source>
        <translation>Retour au &amp;chronomètre</translation>
    </message>
    <message>
        <source>Leave a text field so single-key shortcuts work again</source>
        <translation>Quitter le champ de texte pour que les raccourcis à une touche fonctionnent à nouveau</translation>
    </message>
    <message>
        <source>Ne&amp;xt panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Put the keyboard on the next panel: timer, roster, queue, remote queue, balance, interventions, notes</source>
        <translation>Place le clavier sur le panneau suivant&#xa0;: chronomètre, liste, file d&apos;attente, file à distance, équilibre, interventions, notes</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Panneau précéd&amp;ent</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Aller à la &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>Put the keyboard on the queue table: Del withdraws, Alt+Up and Alt+Down move</source>
        <translation>Place le clavier sur le tableau de la file d&apos;attente&#xa0;: Suppr retire, Alt+Haut et Alt+Bas déplacent</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>Pre&amp;miers pas</translation>
    </message>
    <message>
        <source>A short walkthrough of the window: timer, queue, roster, balance, notes, report</source>
        <translation>Une courte visite de la fenêtre&#xa0;: chronomètre, file, liste, équilibre, notes, rapport</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About moderator-app</source>
        <translation>À &amp;propos de moderator-app</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>File à distance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <extracomment>The labels of Start / pause / resume as it stands (the toolbar keeps the widest one&apos;s width).</extracomment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start next</source>
        <translation>&amp;Démarrer le suivant</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>In a shared session only the onsite moderator&apos;s laptop runs the floor, the queues, the agenda and the roster; this laptop joined as %1.</source>
        <translation>Dans une session partagée, seul l&apos;ordinateur du modérateur sur place gère la parole, les files d&apos;attente, l&apos;ordre du jour et la liste des participants&#xa0;; cet ordinateur a rejoint la session en tant que %1.</translation>
    </message>
    <message>
        <source>In a shared session remote requests and new people are added on the online moderator&apos;s laptop (or the onsite moderator&apos;s); this laptop joined as %1.</source>
        <translation>Dans une session partagée, les demandes à distance et les nouvelles personnes sont ajoutées sur l&apos;ordinateur du modérateur en ligne (ou sur celui du modérateur sur place)&#xa0;; cet ordinateur a rejoint la session en tant que %1.</translation>
    </message>
    <message>
        <source>In a shared session the notes are written on the rapporteur&apos;s laptop (or the onsite moderator&apos;s); this laptop joined as %1.</source>
        <translation>Dans une session partagée, les notes sont écrites sur l&apos;ordinateur du rapporteur (ou sur celui du modérateur sur place)&#xa0;; cet ordinateur a rejoint la session en tant que %1.</translation>
    </message>
    <message>
        <source>In a shared session the report is written on the rapporteur&apos;s laptop (or the onsite moderator&apos;s); this laptop joined as %1, so it shows the report without changing it.</source>
        <translation>Dans une session partagée, le rapport s’écrit sur l’ordinateur du rapporteur (ou celui de la modération sur place)&#xa0;; cet ordinateur a rejoint en tant que %1, il affiche donc le rapport sans le modifier.</translation>
    </message>
    <message>
        <source>The session has ended. Session → Resume ended session (Shift+F5) carries on.</source>
        <translation>La session est terminée. Session → Reprendre la session terminée (Maj+F5) permet de continuer.</translation>
    </message>
    <message>
        <source>The queue is empty: press A to add someone.</source>
        <translation>La file d&apos;attente est vide&#xa0;: appuyez sur A pour ajouter quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Nobody has the floor right now.</source>
        <translation>Personne n&apos;a la parole pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La session est déjà terminée.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>La session n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>This laptop is sharing its session: File → Stop sharing (Ctrl+Shift+L) first.</source>
        <translation>Cet ordinateur partage sa session&#xa0;: d&apos;abord Fichier → Arrêter le partage (Ctrl+Maj+L).</translation>
    </message>
    <message>
        <source>Nothing to undo in the queue.</source>
        <translation>Rien à annuler dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Nothing to redo in the queue.</source>
        <translation>Rien à rétablir dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The remote queue is empty.</source>
        <translation>La file à distance est vide.</translation>
    </message>
    <message>
        <source>The session clock has already started.</source>
        <translation>L&apos;horloge de la session est déjà lancée.</translation>
    </message>
    <message>
        <source>The session has not ended.</source>
        <translation>La session n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>This session has no agenda: add segments with Session details (Ctrl+Shift+D).</source>
        <translation>Cette session n&apos;a pas d&apos;ordre du jour&#xa0;: ajoutez des segments dans Détails de la session (Ctrl+Maj+D).</translation>
    </message>
    <message>
        <source>This laptop has joined another laptop&apos;s shared session and cannot share it: File → Leave the shared session (Ctrl+Shift+L) first.</source>
        <translation>Cet ordinateur a rejoint la session partagée d&apos;un autre ordinateur et ne peut pas la partager&#xa0;: d&apos;abord Fichier → Quitter la session partagée (Ctrl+Maj+L).</translation>
    </message>
    <message>
        <source>This laptop is joined to a shared session: File → Leave the shared session (Ctrl+Shift+L) first.</source>
        <translation>Cet ordinateur a rejoint une session partagée&#xa0;: d&apos;abord Fichier → Quitter la session partagée (Ctrl+Maj+L).</translation>
    </message>
    <message>
        <source>This laptop is not sharing a session or joined to one.</source>
        <translation>Cet ordinateur ne partage aucune session et n&apos;en a rejoint aucune.</translation>
    </message>
    <message>
        <source>✔ Every change saved · %1</source>
        <extracomment>The next-speakers line under the timer. The timer, the session bar with the agenda&apos;s progress, and the stage display: one reading. Which actions are switched on, and what Start / pause / resume says. The parts of a session each panel shows: a change touching none of them leaves the panel alone. The balance waits for the next tick to be worked out again (a change touched what it shows). The whole second of the running turn last shown in the balance and the tables (None: nobody speaks). The snapshot whose open turns follow_speakers found, and those turns (once per command). The panels the last refresh updated (the actions benchmark prints them).</extracomment>
        <translation>✔ Toutes les modifications enregistrées · %1</translation>
    </message>
</context>
<context>
    <name>NextSpeakers</name>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (à distance)</translation>
    </message>
    <message>
        <source>Queue empty: press A to add someone</source>
        <translation>File vide&#xa0;: appuyez sur A pour ajouter quelqu&apos;un</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more waiting)</source>
        <translation>
            <numerusform>(+%n autre en attente)</numerusform>
            <numerusform>(+%n autres en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote waiting (I)</source>
        <translation>
            <numerusform>%n à distance en attente (I)</numerusform>
            <numerusform>%n à distance en attente (I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Type the note first; nothing was saved.</source>
        <extracomment>The parent of the note dialogs. What the Notes dock shows now: notes, roster, agenda (the snapshot&apos;s own tuples) and filters.</extracomment>
        <translation>Tapez d&apos;abord la note&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Note saved %1. Esc: back to the timer.</source>
        <translation>Note enregistrée %1. Échap&#xa0;: retour au chronomètre.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(non liée)</translation>
    </message>
    <message>
        <source>Select a note in the Notes panel first.</source>
        <translation>Sélectionnez d&apos;abord une note dans le panneau Notes.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z in the notes table, or Notes → Undo note change, brings it back).</source>
        <translation>Note supprimée (Ctrl+Z dans le tableau des notes, ou Notes → Annuler la modification de note, la rétablit).</translation>
    </message>
    <message>
        <source>Note change undone.</source>
        <translation>Modification de note annulée.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>The note as the report will quote it; Tab moves on to the tags</source>
        <translation>La note telle que le rapport la citera&#xa0;; Tab passe aux étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tag the note: tags decide which report section drafts from it</source>
        <translation>Étiquetez la note&#xa0;: les étiquettes décident quelle section du rapport la reprend</translation>
    </message>
    <message>
        <source>Linked speaker</source>
        <translation>Intervenant lié</translation>
    </message>
    <message>
        <source>Linked segment</source>
        <translation>Segment lié</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <source>Linked intervention</source>
        <translation>Intervention liée</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <translation>Se&amp;gment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>Interve&amp;ntion&#xa0;:</translation>
    </message>
    <message>
        <source>What the note is linked to; (none) for no link</source>
        <translation>Ce à quoi la note est liée&#xa0;; (aucun) pour aucun lien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>NoteHitsModel</name>
    <message>
        <source>Session</source>
        <extracomment>The data role that holds an excerpt&apos;s marks (the places of the matched words). Typing pauses this long before the search runs (Enter runs it at once).</extracomment>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes: words or the start of words</source>
        <translation>Rechercher dans les notes&#xa0;: mots ou débuts de mots</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Filter notes by speaker</source>
        <translation>Filtrer les notes par intervenant</translation>
    </message>
    <message>
        <source>Filter notes by segment</source>
        <translation>Filtrer les notes par segment</translation>
    </message>
    <message>
        <source>Filter notes by tag</source>
        <translation>Filtrer les notes par étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Notes affichées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The notes taken; F2 edits, Delete deletes, Ctrl+Z undoes</source>
        <translation>Les notes prises&#xa0;; F2 modifie, Suppr supprime, Ctrl+Z annule</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 sur %2 notes</translation>
    </message>
    <message>
        <source>%1 of 1 note</source>
        <translation>%1 sur 1 note</translation>
    </message>
</context>
<context>
    <name>NotesSearchDialog</name>
    <message>
        <source>Search all sessions&apos; notes</source>
        <translation>Rechercher dans les notes de toutes les sessions</translation>
    </message>
    <message>
        <source>Words or the starts of words, e.g. “regul women”</source>
        <translation>Des mots ou des débuts de mots, p. ex. «&#xa0;régul femmes&#xa0;»</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Notes that contain every word are found; Enter searches, Down goes to the notes found</source>
        <translation>Les notes qui contiennent tous les mots sont trouvées&#xa0;; Entrée lance la recherche, Bas va aux notes trouvées</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Every session in the data folder, or one event&apos;s sessions</source>
        <translation>Toutes les sessions du dossier de données, ou les sessions d&apos;un événement</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Newest first: notes written or imported last come first. Best match: the most relevant first</source>
        <translation>Plus récentes d&apos;abord&#xa0;: les notes écrites ou importées en dernier viennent en tête. Meilleure correspondance&#xa0;: les plus pertinentes d&apos;abord</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Meilleure correspondance d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the notes for these words now (Enter)</source>
        <translation>Rechercher ces mots dans les notes maintenant (Entrée)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notes trouvées</translation>
    </message>
    <message>
        <source>One note per row, matched words in bold; Enter shows the note in its session&apos;s Notes panel</source>
        <translation>Une note par ligne, les mots trouvés en gras&#xa0;; Entrée affiche la note dans le panneau Notes de sa session</translation>
    </message>
    <message>
        <source>The whole note</source>
        <translation>La note entière</translation>
    </message>
    <message>
        <source>The selected note in full, matched words in bold</source>
        <translation>La note sélectionnée en entier, les mots trouvés en gras</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Add the next %1 notes found to the list</source>
        <translation>Ajouter à la liste les %1 notes trouvées suivantes</translation>
    </message>
    <message>
        <source>Show in &amp;Notes panel</source>
        <translation>Afficher dans le panneau &amp;Notes</translation>
    </message>
    <message>
        <source>Show in Notes panel</source>
        <translation>Afficher dans le panneau Notes</translation>
    </message>
    <message>
        <source>Open the selected note&apos;s session in the main window and select the note (Enter)</source>
        <translation>Ouvrir la session de la note sélectionnée dans la fenêtre principale et sélectionner la note (Entrée)</translation>
    </message>
    <message>
        <source>Search &amp;for:</source>
        <translation>&amp;Mots&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Type at least one word with a letter or a digit: punctuation alone is not searched.</source>
        <translation>Tapez au moins un mot avec une lettre ou un chiffre&#xa0;: la ponctuation seule n&apos;est pas recherchée.</translation>
    </message>
    <message>
        <source>No session belongs to this event any more; choose All sessions.</source>
        <translation>Plus aucune session n&apos;appartient à cet événement&#xa0;; choisissez Toutes les sessions.</translation>
    </message>
    <message>
        <source>Type words to find the notes that contain them all, in every session or one event&apos;s: the start of a word is enough (“regul” finds “regulation”), and accents and capitals do not matter.</source>
        <translation>Tapez des mots pour trouver les notes qui les contiennent tous, dans toutes les sessions ou celles d&apos;un événement&#xa0;: le début d&apos;un mot suffit («&#xa0;régul&#xa0;» trouve «&#xa0;régulation&#xa0;»), et les accents et les majuscules ne comptent pas.</translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation>toutes les sessions</translation>
    </message>
    <message>
        <source>the sessions of %1</source>
        <translation>les sessions de %1</translation>
    </message>
    <message>
        <source>None of the notes of %1 contains every word. Try fewer words or the start of a word.</source>
        <translation>Aucune des notes de %1 ne contient tous les mots. Essayez moins de mots ou le début d&apos;un mot.</translation>
    </message>
    <message>
        <source>More than %1 notes found in %2: these are the best matches among the %1 newest. Add words to narrow the search.</source>
        <translation>Plus de %1 notes trouvées dans %2&#xa0;: voici les meilleures correspondances parmi les %1 plus récentes. Ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>More than %1 notes found in %2; showing the %3 newest. Show more, or add words to narrow the search.</source>
        <translation>Plus de %1 notes trouvées dans %2&#xa0;; voici les %3 plus récentes. Affichez-en plus, ou ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>%1 notes found in %2: too many to rank them all, so these are the best matches among the %3 newest. Add words to narrow the search.</source>
        <translation>%1 notes trouvées dans %2&#xa0;: trop pour les classer toutes, voici donc les meilleures correspondances parmi les %3 plus récentes. Ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>One note found in %1.</source>
        <translation>Une note trouvée dans %1.</translation>
    </message>
    <message>
        <source>%1 notes found in %2, best match first.</source>
        <translation>%1 notes trouvées dans %2, la meilleure correspondance d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 notes found in %2, newest first.</source>
        <translation>%1 notes trouvées dans %2, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 notes found in %2; showing the %3 best matches. Show more, or add words to narrow the search.</source>
        <translation>%1 notes trouvées dans %2&#xa0;; voici les %3 meilleures correspondances. Affichez-en plus, ou ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>%1 notes found in %2; showing the %3 newest. Show more, or add words to narrow the search.</source>
        <translation>%1 notes trouvées dans %2&#xa0;; voici les %3 plus récentes. Affichez-en plus, ou ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>Shown in the Notes panel: a note of “%1”. Esc closes this window.</source>
        <translation>Affichée dans le panneau Notes&#xa0;: une note de «&#xa0;%1&#xa0;». Échap ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>That note is no longer there (deleted since the search); search again.</source>
        <translation>Cette note n&apos;existe plus (supprimée depuis la recherche)&#xa0;; relancez la recherche.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The name as the report and the stage display should show it</source>
        <translation>Le nom tel que le rapport et l&apos;écran de scène doivent l&apos;afficher</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>The organisation, institution or government they speak for</source>
        <translation>L&apos;organisation, l&apos;institution ou le gouvernement au nom duquel la personne parle</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type a few letters to find the country; it sets the UN regional group</source>
        <translation>Tapez quelques lettres pour trouver le pays&#xa0;; il détermine le groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick every role this person has in the session</source>
        <translation>Cochez chaque rôle de cette personne dans la session</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>In the room or online; counted apart in the balance</source>
        <translation>Dans la salle ou en ligne&#xa0;; compté à part dans l&apos;équilibre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Groupe de parties prenantes&#xa0;:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>Gen&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>UN regional group:</source>
        <translation>Groupe régional de l&apos;ONU&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ttendance:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <source>Counted in the speaking-time balance; Not stated is always allowed</source>
        <translation>Compté dans l&apos;équilibre du temps de parole&#xa0;; Non indiqué est toujours permis</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name: it is the one required field.</source>
        <translation>Tapez le nom du participant&#xa0;: c&apos;est le seul champ obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a country in the list; pick one or type its two-letter code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays de la liste&#xa0;; choisissez-en un ou tapez son code à deux lettres.</translation>
    </message>
</context>
<context>
    <name>PastePageDialog</name>
    <message>
        <source>Paste a session page</source>
        <translation>Coller une page de session</translation>
    </message>
    <message>
        <source>Select the whole session page in the browser, copy it, and paste it here (Ctrl+V).</source>
        <translation>Sélectionnez toute la page de la session dans le navigateur, copiez-la et collez-la ici (Ctrl+V).</translation>
    </message>
    <message>
        <source>Session page text</source>
        <translation>Texte de la page de session</translation>
    </message>
    <message>
        <source>The page&apos;s text; nothing is saved until the preview</source>
        <translation>Le texte de la page&#xa0;; rien n’est enregistré avant l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Read the pasted page</source>
        <translation>Lire la page collée</translation>
    </message>
    <message>
        <source>Show what was found before anything is saved</source>
        <translation>Montrer ce qui a été trouvé avant tout enregistrement</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Set before the window closes for a restart in the new language (app.py starts it again).</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Default speaking time</source>
        <translation>Temps de parole par défaut</translation>
    </message>
    <message>
        <source>Seconds each speaker gets in a new session, from 10 to 3600</source>
        <translation>Secondes accordées à chaque intervenant dans une nouvelle session, de 10 à 3600</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>Avertissement avant la fin</translation>
    </message>
    <message>
        <source>Seconds before the end when the timer warns the speaker, from 0 to 600</source>
        <translation>Secondes avant la fin où le chronomètre avertit l&apos;intervenant, de 0 à 600</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Nouvelles sessions</translation>
    </message>
    <message>
        <source>Default &amp;speaking time:</source>
        <translation>Temps de parole par déf&amp;aut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>A&amp;vertissement avant la fin&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions you already have keep their own times (Edit → Session details).</source>
        <translation>Les sessions existantes gardent leurs propres temps (Édition → Détails de la session).</translation>
    </message>
    <message>
        <source>Balance panel: show the balance by</source>
        <translation>Panneau d&apos;équilibre&#xa0;: afficher l&apos;équilibre par</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>G&amp;enre</translation>
    </message>
    <message>
        <source>UN &amp;regional group</source>
        <translation>Groupe &amp;régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>&amp;Onsite or remote</source>
        <translation>&amp;Sur place ou à distance</translation>
    </message>
    <message>
        <source>Show this tab in the Balance panel; at least one stays</source>
        <translation>Afficher cet onglet dans le panneau Équilibre&#xa0;; au moins un reste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the interface; a new one takes effect when the app restarts</source>
        <translation>La langue de l&apos;interface&#xa0;; une nouvelle langue s&apos;applique au redémarrage de l&apos;application</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>The window&apos;s colours; they change when you press OK</source>
        <translation>Les couleurs de la fenêtre&#xa0;; elles changent quand vous appuyez sur OK</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>Thème de &amp;couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Screen for the stage display</source>
        <translation>Écran pour l&apos;affichage de scène</translation>
    </message>
    <message>
        <source>The screen the stage display opens on, such as the projector</source>
        <translation>L&apos;écran sur lequel s&apos;ouvre l&apos;écran de scène, comme le projecteur</translation>
    </message>
    <message>
        <source>Let the system choose</source>
        <translation>Laisser le système choisir</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>Sound c&amp;ue at warning and at time up</source>
        <translation>Signal s&amp;onore à l&apos;avertissement et à la fin du temps</translation>
    </message>
    <message>
        <source>A short system sound when a speaker reaches the warning and the end of their time</source>
        <translation>Un court son du système quand un intervenant atteint l&apos;avertissement et la fin de son temps</translation>
    </message>
    <message>
        <source>Scree&amp;n:</source>
        <translation>Écra&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Sound cue at warning and at time up</source>
        <translation>Signal sonore à l&apos;avertissement et à la fin du temps</translation>
    </message>
    <message>
        <source>Stage display</source>
        <translation>Écran de scène</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>The new language takes effect when moderator-app restarts. Everything is saved, so restarting loses nothing.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de moderator-app. Tout est enregistré&#xa0;: redémarrer ne fait rien perdre.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ProposalPreview</name>
    <message>
        <source>Import workshop proposal</source>
        <translation>Importer une proposition d&apos;atelier</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Code de la session</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Type de session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source>As read from the proposal; correct it here before importing</source>
        <translation>Tel que lu dans la proposition&#xa0;; corrigez-le ici avant l&apos;import</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Gender source</source>
        <translation>Source du genre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Groupe régional de l’ONU</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Participants found</source>
        <translation>Participants trouvés</translation>
    </message>
    <message>
        <source>to be confirmed (the page&apos;s heading was lost)</source>
        <translation>à confirmer (le titre de la page a été perdu)</translation>
    </message>
    <message>
        <source>Gender of %1</source>
        <translation>Genre de %1</translation>
    </message>
    <message>
        <source>from honorific (%1), please confirm</source>
        <translation>d&apos;après la civilité (%1), à confirmer</translation>
    </message>
    <message>
        <source>Lines not understood</source>
        <translation>Lignes non comprises</translation>
    </message>
    <message>
        <source>Lines of the proposal that were not understood; nothing from them is imported</source>
        <translation>Lignes de la proposition qui n&apos;ont pas été comprises&#xa0;; rien n&apos;en est importé</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Ligne %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Créer la session</translation>
    </message>
    <message>
        <source>Create session from this proposal</source>
        <translation>Créer une session à partir de cette proposition</translation>
    </message>
    <message>
        <source>Create a new session with these details and people</source>
        <translation>Créer une nouvelle session avec ces détails et ces personnes</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Ne rien importer</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Fermer sans rien importer (Échap)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Not understood (%1 lines)</source>
        <translation>Non comprises (%1 lignes)</translation>
    </message>
    <message>
        <source>Warning: no person could be read from this page. Check that it is the session&apos;s own page (the lines not understood are listed below); people can also be added after the import.</source>
        <translation>Attention&#xa0;: aucune personne n’a pu être lue sur cette page. Vérifiez que c’est bien la page de la session (les lignes non comprises sont listées ci-dessous)&#xa0;; on peut aussi ajouter des personnes après l’import.</translation>
    </message>
    <message>
        <source>%1 to be confirmed</source>
        <translation>%1 à confirmer</translation>
    </message>
    <message>
        <source>People (%1): %2</source>
        <translation>Personnes (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The date must look like 2017-12-21, or be left empty.</source>
        <translation>La date doit avoir la forme 2017-12-21 ou rester vide.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Import session file</source>
        <translation>Importer un fichier de session</translation>
    </message>
    <message>
        <source>Merge keeps everything from both copies; where both changed an item, the later edit wins.</source>
        <translation>Fusionner garde tout des deux copies&#xa0;; si les deux ont modifié un élément, la modification la plus récente l&apos;emporte.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Replace the one here</source>
        <translation>Remplacer celle d&apos;ici</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Importer comme copie</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>remote · %1</source>
        <translation>à distance · %1</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Who waits for the floor, in order; Alt+Up and Alt+Down move, Delete withdraws</source>
        <translation>Qui attend la parole, dans l&apos;ordre&#xa0;; Alt+Haut et Alt+Bas déplacent, Suppr retire</translation>
    </message>
</context>
<context>
    <name>QueuePicker</name>
    <message>
        <source>Add to the queue</source>
        <extracomment>Below this many letters only the start of a word matches, so &quot;Li&quot; never picks &quot;Ciglic&quot;.</extracomment>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participants correspondants</translation>
    </message>
    <message>
        <source>People whose name matches what you type; Up and Down choose, Enter queues</source>
        <translation>Personnes dont le nom correspond à ce que vous tapez&#xa0;; Haut et Bas choisissent, Entrée met en file</translation>
    </message>
    <message>
        <source>Type a name or organisation; Enter adds the highlighted line</source>
        <translation>Tapez un nom ou une organisation&#xa0;; Entrée ajoute la ligne en surbrillance</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>Kind of intervention</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Points of order and direct replies go to the top of the queue</source>
        <translation>Les motions d&apos;ordre et les droits de réponse passent en tête de la file</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>+ Add “%1” as a new participant</source>
        <translation>+ Ajouter «&#xa0;%1&#xa0;» comme nouveau participant</translation>
    </message>
</context>
<context>
    <name>QuickNoteBar</name>
    <message>
        <source>Quick note</source>
        <extracomment>(text, tags) when Enter is pressed in the field.</extracomment>
        <translation>Note rapide</translation>
    </message>
    <message>
        <source>✎ Quick note (%1): type, Enter saves · Alt+1 … Alt+9 tag it · Esc back to the timer</source>
        <translation>✎ Note rapide (%1)&#xa0;: tapez, Entrée enregistre · Alt+1 … Alt+9 l&apos;étiquettent · Échap revient au chronomètre</translation>
    </message>
    <message>
        <source>%1 (Alt+%2 in the note field)</source>
        <translation>%1 (Alt+%2 dans le champ de note)</translation>
    </message>
    <message>
        <source>The note will be linked to</source>
        <translation>La note sera liée à</translation>
    </message>
    <message>
        <source>Where the keys go</source>
        <translation>Où vont les touches</translation>
    </message>
    <message>
        <source>Tag %1: on</source>
        <translation>Étiquette %1&#xa0;: activée</translation>
    </message>
    <message>
        <source>Tag %1: off</source>
        <translation>Étiquette %1&#xa0;: désactivée</translation>
    </message>
    <message>
        <source>✎ Typing a note: single keys are off until Esc</source>
        <translation>✎ Saisie d&apos;une note&#xa0;: les touches seules sont désactivées jusqu&apos;à Échap</translation>
    </message>
    <message>
        <source>%1: quick note</source>
        <translation>%1&#xa0;: note rapide</translation>
    </message>
    <message>
        <source>→ linked to: %1</source>
        <translation>→ liée à&#xa0;: %1</translation>
    </message>
    <message>
        <source>→ linked to: %1 (nobody has the floor)</source>
        <translation>→ liée à&#xa0;: %1 (personne n&apos;a la parole)</translation>
    </message>
    <message>
        <source>→ not linked: nobody has the floor</source>
        <translation>→ non liée&#xa0;: personne n&apos;a la parole</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The data file was cut short, so it cannot be used.</source>
        <translation>Le fichier de données est tronqué&#xa0;: il est inutilisable.</translation>
    </message>
    <message>
        <source>The data file is not a moderator-app database.</source>
        <translation>Le fichier de données n&apos;est pas une base de données de moderator-app.</translation>
    </message>
    <message>
        <source>The latest changes were lost with the data file&apos;s change log (its -wal file).</source>
        <translation>Les dernières modifications ont été perdues avec le journal des modifications du fichier de données (son fichier -wal).</translation>
    </message>
    <message>
        <source>The data file&apos;s change log (its -wal file) does not belong to it.</source>
        <translation>Le journal des modifications du fichier de données (son fichier -wal) ne lui appartient pas.</translation>
    </message>
    <message>
        <source>The data file is damaged, so it cannot be used.</source>
        <translation>Le fichier de données est endommagé&#xa0;: il est inutilisable.</translation>
    </message>
    <message>
        <source>• %1: %2 interventions, %3 notes</source>
        <translation>• %1&#xa0;: %2 interventions, %3 notes</translation>
    </message>
    <message>
        <source>• and %1 more sessions</source>
        <translation>• et %1 autres sessions</translation>
    </message>
    <message>
        <source>Taken %1 (%2), %3.</source>
        <translation>Prise le %1 (%2), %3.</translation>
    </message>
    <message>
        <source>It holds no sessions.</source>
        <translation>Elle ne contient aucune session.</translation>
    </message>
    <message>
        <source>The data file cannot be used</source>
        <translation>Le fichier de données est inutilisable</translation>
    </message>
    <message>
        <source>Damaged data file</source>
        <translation>Fichier de données endommagé</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>%1

The file: %2</source>
        <translation>%1

Le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Nothing has been deleted or overwritten. If you restore a backup or start empty, the file is first moved aside, as it is, to “%1.corrupt-” followed by today’s date and time, together with its -wal and -shm files, in the same folder. Quit leaves it where it is.</source>
        <translation>Rien n&apos;a été supprimé ni écrasé. Si vous restaurez une sauvegarde ou repartez à vide, le fichier est d&apos;abord mis de côté tel quel sous «&#xa0;%1.corrupt-&#xa0;» suivi de la date et de l&apos;heure du jour, avec ses fichiers -wal et -shm, dans le même dossier. Quitter le laisse où il est.</translation>
    </message>
    <message>
        <source>The damaged file is kept</source>
        <translation>Le fichier endommagé est conservé</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Dernière bonne sauvegarde</translation>
    </message>
    <message>
        <source>It was checked and reads whole. Changes made after it was taken are not in it.</source>
        <translation>Elle a été vérifiée et se lit en entier. Les modifications faites après qu&apos;elle a été prise n&apos;y sont pas.</translation>
    </message>
    <message>
        <source>There is no usable backup in %1.</source>
        <translation>Il n&apos;y a aucune sauvegarde utilisable dans %1.</translation>
    </message>
    <message>
        <source>The rest of the database reads whole. “Keep the database” goes on with it as it is, without the lost changes.</source>
        <translation>Le reste de la base de données se lit en entier. «&#xa0;Garder la base de données&#xa0;» continue avec elle telle quelle, sans les modifications perdues.</translation>
    </message>
    <message>
        <source>The newest good backup holds changes the database no longer has: restoring it loses less.</source>
        <translation>La sauvegarde en bon état la plus récente contient des modifications que la base de données n’a plus&#xa0;: la restaurer fait perdre moins.</translation>
    </message>
    <message>
        <source>The newest good backup holds none of the lost changes: keeping the database loses less.</source>
        <translation>La sauvegarde en bon état la plus récente ne contient aucune des modifications perdues&#xa0;: garder la base de données fait perdre moins.</translation>
    </message>
    <message>
        <source>The database itself reads whole without that -wal file. “Keep the database” goes on with it as it was last saved there and moves only the -wal aside (to “%1-wal.corrupt-” and the date): changes that only the -wal held are not used. This usually loses less than a backup.</source>
        <translation>La base de données elle-même se lit en entier sans ce fichier -wal. «&#xa0;Garder la base de données&#xa0;» continue avec elle telle qu&apos;elle a été enregistrée en dernier et ne met de côté que le -wal (sous «&#xa0;%1-wal.corrupt-&#xa0;» et la date)&#xa0;: les modifications que seul le -wal contenait ne sont pas reprises. On perd en général moins qu&apos;avec une sauvegarde.</translation>
    </message>
    <message>
        <source>Keeping the database</source>
        <translation>Garder la base de données</translation>
    </message>
    <message>
        <source>&amp;Keep the database, set the -wal aside</source>
        <translation>&amp;Garder la base de données, mettre le -wal de côté</translation>
    </message>
    <message>
        <source>&amp;Keep the database as it is</source>
        <translation>&amp;Garder la base de données telle quelle</translation>
    </message>
    <message>
        <source>Keep the database and set the -wal file aside</source>
        <translation>Garder la base de données et mettre le fichier -wal de côté</translation>
    </message>
    <message>
        <source>Keep the database as it is</source>
        <translation>Garder la base de données telle quelle</translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation>&amp;Restaurer la dernière bonne sauvegarde</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurer la dernière bonne sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;Choisir une autre sauvegarde…</translation>
    </message>
    <message>
        <source>Choose another backup</source>
        <translation>Choisir une autre sauvegarde</translation>
    </message>
    <message>
        <source>Start with an &amp;empty data folder</source>
        <translation>Démarrer avec un dossier de données &amp;vide</translation>
    </message>
    <message>
        <source>Start with an empty data folder</source>
        <translation>Démarrer avec un dossier de données vide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit and leave the file as it is</source>
        <translation>Quitter et laisser le fichier tel quel</translation>
    </message>
    <message>
        <source>Go on with the database as it is, without the lost changes.</source>
        <translation>Continuer avec la base de données telle quelle, sans les modifications perdues.</translation>
    </message>
    <message>
        <source>Go on with the database as it is; the -wal file is moved aside, not deleted.</source>
        <translation>Continuer avec la base de données telle quelle&#xa0;; le fichier -wal est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>Move the damaged file aside and put the newest good backup in its place.</source>
        <translation>Mettre le fichier endommagé de côté et mettre la dernière bonne sauvegarde à sa place.</translation>
    </message>
    <message>
        <source>Pick the backup to restore from the list of backups that read whole.</source>
        <translation>Choisir la sauvegarde à restaurer dans la liste des sauvegardes qui se lisent en entier.</translation>
    </message>
    <message>
        <source>Move the damaged file aside and start again with only the demo session.</source>
        <translation>Mettre le fichier endommagé de côté et repartir avec la seule session de démonstration.</translation>
    </message>
    <message>
        <source>Close the app without changing any file.</source>
        <translation>Fermer l&apos;application sans modifier aucun fichier.</translation>
    </message>
    <message>
        <source>Restored the backup taken %1.</source>
        <translation>Sauvegarde prise le %1 restaurée.</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Sauvegarde %1 restaurée.</translation>
    </message>
    <message>
        <source>Went on with the database as it was last saved.</source>
        <translation>La base de données a été reprise telle qu&apos;elle a été enregistrée en dernier.</translation>
    </message>
    <message>
        <source>The leftover -shm file was kept as %1.</source>
        <translation>Le fichier -shm restant a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>The -wal file that did not belong was kept as %1.</source>
        <translation>Le fichier -wal qui n&apos;appartenait pas à la base a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Started with an empty data folder. Your backups are still there: File → Restore from backup brings one back.</source>
        <translation>Démarré avec un dossier de données vide. Vos sauvegardes sont toujours là&#xa0;: Fichier → Restaurer depuis une sauvegarde en rétablit une.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Le fichier endommagé a été conservé sous %1.</translation>
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
        <translation>%1 est en position %2 dans la file à distance.</translation>
    </message>
    <message>
        <source>Added %1 to the roster as a remote participant; number %2 in the remote queue.</source>
        <translation>%1 ajouté à la liste comme participant à distance&#xa0;; position %2 dans la file à distance.</translation>
    </message>
    <message>
        <source>Select a request in the remote queue first.</source>
        <translation>Sélectionnez d&apos;abord une demande dans la file à distance.</translation>
    </message>
    <message>
        <source>Withdrawn from the remote queue.</source>
        <translation>Retiré de la file à distance.</translation>
    </message>
    <message>
        <source>%1 is next in the main queue (after any points of order).</source>
        <translation>%1 est le suivant dans la file principale (après les motions d&apos;ordre).</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>File à distance</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Remote participant&apos;s name</source>
        <extracomment>Where remote requests usually come from; anything else can be typed. Add what is in the fields (Enter in who/platform, Ctrl+Enter in the text, or the button). (command, entry id): withdraw, up, down, interleave, floor.</extracomment>
        <translation>Nom du participant à distance</translation>
    </message>
    <message>
        <source>Name (a new name adds a remote participant)</source>
        <translation>Nom (un nouveau nom ajoute un participant à distance)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (facultatif)</translation>
    </message>
    <message>
        <source>Who this is</source>
        <translation>De qui il s&apos;agit</translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation>Plateforme ou canal</translation>
    </message>
    <message>
        <source>Where the request came from: pick one or type another</source>
        <translation>D&apos;où vient la demande&#xa0;: choisissez-en une ou tapez-en une autre</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Whether they ask a question or make an intervention</source>
        <translation>Si la personne pose une question ou fait une intervention</translation>
    </message>
    <message>
        <source>Comment (an intervention)</source>
        <translation>Commentaire (une intervention)</translation>
    </message>
    <message>
        <source>Question or comment as written</source>
        <translation>Question ou commentaire tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>What they wrote; Ctrl+Enter adds the request</source>
        <translation>Ce qui a été écrit&#xa0;; Ctrl+Entrée ajoute la demande</translation>
    </message>
    <message>
        <source>Paste or type what they wrote; it becomes a note when it is read out. Ctrl+Enter adds.</source>
        <translation>Collez ou tapez ce qui a été écrit&#xa0;; cela devient une note une fois lu. Ctrl+Entrée ajoute.</translation>
    </message>
    <message>
        <source>Add to remote queue</source>
        <translation>Ajouter à la file à distance</translation>
    </message>
    <message>
        <source>Add the request at the end of the remote queue</source>
        <translation>Ajouter la demande à la fin de la file à distance</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>File à distance</translation>
    </message>
    <message>
        <source>Remote requests in order; I brings the selected one into the main queue, Ctrl+Enter gives the floor</source>
        <translation>Demandes à distance dans l&apos;ordre&#xa0;; I intègre la demande sélectionnée à la file principale, Ctrl+Entrée donne la parole</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Bring into the main queue</source>
        <translation>Intégrer à la file principale</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Put the selected request (or the first) next in the main queue, after any points of order (I)</source>
        <translation>Placer la demande sélectionnée (ou la première) ensuite dans la file principale, après les motions d&apos;ordre (I)</translation>
    </message>
    <message>
        <source>Read it out now: the remote participant&apos;s turn starts</source>
        <translation>La lire maintenant&#xa0;: le tour du participant à distance commence</translation>
    </message>
    <message>
        <source>Take the selected request off the remote queue (Del)</source>
        <translation>Retirer la demande sélectionnée de la file à distance (Suppr)</translation>
    </message>
    <message>
        <source>Move the selected request one place up (Alt+Up)</source>
        <translation>Monter la demande sélectionnée d&apos;une place (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the selected request one place down (Alt+Down)</source>
        <translation>Descendre la demande sélectionnée d&apos;une place (Alt+Bas)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Someone on the roster, or a new name</source>
        <translation>Quelqu&apos;un de la liste ou un nouveau nom</translation>
    </message>
    <message>
        <source>+ New remote participant (someone onsite has this name; their record stays apart)</source>
        <translation>+ Nouveau participant à distance (une personne sur place porte ce nom&#xa0;; sa fiche reste à part)</translation>
    </message>
    <message>
        <source>+ New: added to the roster as a remote participant</source>
        <translation>+ Nouveau&#xa0;: ajouté à la liste comme participant à distance</translation>
    </message>
    <message>
        <source>attending remotely</source>
        <translation>participe à distance</translation>
    </message>
    <message>
        <source>attending onsite</source>
        <translation>participe sur place</translation>
    </message>
    <message>
        <source>✓ On the roster, %1</source>
        <translation>✓ Dans la liste, %1</translation>
    </message>
</context>
<context>
    <name>RemoteQueueModel</name>
    <message>
        <source>(nothing written)</source>
        <translation>(rien d&apos;écrit)</translation>
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
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
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
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Non abordé</translation>
    </message>
    <message>
        <source>Mentioned in passing</source>
        <translation>Mentionné en passant</translation>
    </message>
    <message>
        <source>Partly: one topic among others</source>
        <translation>En partie&#xa0;: un sujet parmi d&apos;autres</translation>
    </message>
    <message>
        <source>Central to the session</source>
        <translation>Central pour la session</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s report — %1</source>
        <translation>Rapport du rapporteur — %1</translation>
    </message>
    <message>
        <source>Your edits are saved as you type.</source>
        <translation>Vos modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Modèle de rapport</translation>
    </message>
    <message>
        <source>Which report to draft: its sections and layout</source>
        <translation>Quel rapport rédiger&#xa0;: ses sections et sa mise en page</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (la vôtre&#xa0;: %2)</translation>
    </message>
    <message>
        <source> Template: </source>
        <translation> Modèle&#xa0;: </translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>The language the report&apos;s headings and labels are written in; it can differ from the window&apos;s.</source>
        <translation>La langue des titres et libellés du rapport&#xa0;; elle peut différer de celle de la fenêtre.</translation>
    </message>
    <message>
        <source> Language: </source>
        <translation> Langue&#xa0;: </translation>
    </message>
    <message>
        <source>&amp;Refresh from the session</source>
        <translation>&amp;Actualiser depuis la session</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>⚠ %1 (your folder): not used, a built-in template has this name</source>
        <translation>⚠ %1 (votre dossier)&#xa0;: non utilisé, un modèle intégré porte ce nom</translation>
    </message>
    <message>
        <source>⚠ %1 (your folder): cannot be used, it has an error</source>
        <translation>⚠ %1 (votre dossier)&#xa0;: inutilisable, il contient une erreur</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>The report&apos;s sections; choose one to edit it</source>
        <translation>Les sections du rapport&#xa0;; choisissez-en une pour la modifier</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Your text for this section, saved as you type</source>
        <translation>Votre texte pour cette section, enregistré au fil de la frappe</translation>
    </message>
    <message>
        <source>Write this section here. Lines starting with “- ” become bullets.</source>
        <translation>Rédigez cette section ici. Les lignes commençant par «&#xa0;-&#xa0;» deviennent des puces.</translation>
    </message>
    <message>
        <source>⚠ The session has changed since you edited this section</source>
        <translation>⚠ La session a changé depuis que vous avez modifié cette section</translation>
    </message>
    <message>
        <source>Fresh draft from the session</source>
        <translation>Nouveau brouillon à partir de la session</translation>
    </message>
    <message>
        <source>What the draft says now, from the session as it stands</source>
        <translation>Ce que dit maintenant le brouillon, d&apos;après la session telle qu&apos;elle est</translation>
    </message>
    <message>
        <source>Replace your text of this section with the fresh draft</source>
        <translation>Remplacer votre texte de cette section par le nouveau brouillon</translation>
    </message>
    <message>
        <source>Drop your edit so that the section follows the session again</source>
        <translation>Abandonner votre modification pour que la section suive de nouveau la session</translation>
    </message>
    <message>
        <source>Fresh draft from the session (your text is kept until you choose):</source>
        <translation>Nouveau brouillon à partir de la session (votre texte est conservé jusqu&apos;à votre choix)&#xa0;:</translation>
    </message>
    <message>
        <source>Keep your text and stop pointing out this change</source>
        <translation>Garder votre texte et ne plus signaler ce changement</translation>
    </message>
    <message>
        <source>Why the report cannot be edited here</source>
        <translation>Pourquoi le rapport ne peut pas être modifié ici</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>The report as it will look when exported</source>
        <translation>Le rapport tel qu&apos;il apparaîtra une fois exporté</translation>
    </message>
    <message>
        <source>Participants onsite (estimate)</source>
        <translation>Participants sur place (estimation)</translation>
    </message>
    <message>
        <source>Participants online (estimate)</source>
        <translation>Participants en ligne (estimation)</translation>
    </message>
    <message>
        <source>Women among them (estimate)</source>
        <translation>Femmes parmi eux (estimation)</translation>
    </message>
    <message>
        <source>How far gender was discussed</source>
        <translation>Dans quelle mesure le genre a été abordé</translation>
    </message>
    <message>
        <source>For the report&apos;s gender section</source>
        <translation>Pour la section du rapport sur le genre</translation>
    </message>
    <message>
        <source>Summary of the gender discussion</source>
        <translation>Résumé de la discussion sur le genre</translation>
    </message>
    <message>
        <source>A few sentences for the report&apos;s gender section</source>
        <translation>Quelques phrases pour la section du rapport sur le genre</translation>
    </message>
    <message>
        <source>Leave a number at “not given” when you have no estimate; the report then says so.</source>
        <translation>Laissez un nombre à «&#xa0;non indiqué&#xa0;» si vous n&apos;avez pas d&apos;estimation&#xa0;; le rapport le dira.</translation>
    </message>
    <message>
        <source>Participants &amp;onsite:</source>
        <translation>Participants sur &amp;place&#xa0;:</translation>
    </message>
    <message>
        <source>Participants o&amp;nline:</source>
        <translation>Participants en &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>Fe&amp;mmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender discussed:</source>
        <translation>&amp;Genre abordé&#xa0;:</translation>
    </message>
    <message>
        <source>Gender &amp;summary:</source>
        <translation>&amp;Résumé sur le genre&#xa0;:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>An estimate for the report&apos;s gender section; not given leaves it out</source>
        <translation>Une estimation pour la section du rapport sur le genre&#xa0;; non indiqué l&apos;omet</translation>
    </message>
    <message>
        <source>Attendance and gender</source>
        <translation>Participation et genre</translation>
    </message>
    <message>
        <source>(session changed since your edit)</source>
        <translation>(la session a changé depuis votre modification)</translation>
    </message>
    <message>
        <source>(your text)</source>
        <translation>(votre texte)</translation>
    </message>
    <message>
        <source>Read only on this laptop.</source>
        <translation>Lecture seule sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Merged with the text saved on another laptop in this section meanwhile.</source>
        <translation>Fusionné avec le texte enregistré entre-temps sur un autre ordinateur dans cette section.</translation>
    </message>
    <message>
        <source>This template cannot be shown: %1</source>
        <translation>Ce modèle ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Writing the %1 file…</source>
        <translation>Écriture du fichier %1…</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Replace my text with the fresh draft</source>
        <translation>&amp;Remplacer mon texte par le nouveau brouillon</translation>
    </message>
    <message>
        <source>&amp;Follow the session again (drop my edit)</source>
        <translation>&amp;Suivre à nouveau la session (abandonner ma modification)</translation>
    </message>
    <message>
        <source>&amp;Keep my text (I have seen the new material)</source>
        <translation>&amp;Garder mon texte (j&apos;ai vu les nouveautés)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>%1 page(s) envoyée(s) à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are taken when a session ends, when the app closes and every 5 minutes while something changes. Restoring replaces every session with the backup&apos;s content; a backup of the current state is taken first.</source>
        <translation>Les sauvegardes sont faites à la fin d&apos;une session, à la fermeture de l&apos;application et toutes les 5 minutes tant que quelque chose change. Restaurer remplace toutes les sessions par le contenu de la sauvegarde&#xa0;; l&apos;état actuel est sauvegardé d&apos;abord.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>One automatic backup per row, newest first: when, why, size and what it holds</source>
        <translation>Une sauvegarde automatique par ligne, la plus récente d&apos;abord&#xa0;: quand, pourquoi, taille et contenu</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>%1 (%2 interventions, %3 notes)</source>
        <translation>%1 (%2 interventions, %3 notes)</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>toutes les sessions</translation>
    </message>
    <message>
        <source>Unreadable backups</source>
        <translation>Sauvegardes illisibles</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Go back to the selected backup; the current state is backed up first</source>
        <translation>Revenir à la sauvegarde sélectionnée&#xa0;; l&apos;état actuel est sauvegardé d&apos;abord</translation>
    </message>
    <message>
        <source>Restore the backup taken %1? Every session is replaced by its content. A backup of the current state is taken first, so you can go back to it.</source>
        <translation>Restaurer la sauvegarde du %1&#xa0;? Toutes les sessions sont remplacées par son contenu. L&apos;état actuel est sauvegardé d&apos;abord, pour pouvoir y revenir.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>(remote)</source>
        <translation>(à distance)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Filter by name, organisation, group, country…</source>
        <translation>Filtrer par nom, organisation, groupe, pays…</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Everyone in the session with their speaking time; Q queues, F2 edits, Ctrl+Enter gives the floor</source>
        <translation>Toutes les personnes de la session avec leur temps de parole&#xa0;; Q met en file, F2 modifie, Ctrl+Entrée donne la parole</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>Import roster (CSV)</source>
        <translation>Importer une liste (CSV)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Encoding: %1 · Delimiter: %2</source>
        <translation>Encodage&#xa0;: %1 · Séparateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Detected encoding and delimiter</source>
        <translation>Encodage et séparateur détectés</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <translation>Champ de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Which participant field this column of the file fills; Ignore leaves it out</source>
        <translation>Quel champ du participant cette colonne du fichier remplit&#xa0;; Ignorer la laisse de côté</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Lignes illisibles</translation>
    </message>
    <message>
        <source>These rows are left out; correct them in the file and import it again</source>
        <translation>Ces lignes sont laissées de côté&#xa0;; corrigez-les dans le fichier et importez-le de nouveau</translation>
    </message>
    <message>
        <source>People already on the roster</source>
        <translation>Personnes déjà dans la liste</translation>
    </message>
    <message>
        <source>Skip people whose name is already on the roster, or update their details</source>
        <translation>Ignorer les personnes dont le nom est déjà dans la liste, ou mettre à jour leurs détails</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Update their details</source>
        <translation>Mettre à jour leurs données</translation>
    </message>
    <message>
        <source>Import good rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <source>Add the rows that could be read to the roster</source>
        <translation>Ajouter à la liste les lignes qui ont pu être lues</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Ne rien importer</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Fermer sans rien importer (Échap)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Groupe régional de l’ONU</translation>
    </message>
    <message>
        <source>Remote (yes/no)</source>
        <translation>À distance (oui/non)</translation>
    </message>
    <message>
        <source>Onsite (yes/no)</source>
        <translation>Sur place (oui/non)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rows can be imported (the first %2 shown), %3 cannot be read.</source>
        <translation>%1 lignes peuvent être importées (les %2 premières affichées), %3 sont illisibles.</translation>
    </message>
    <message>
        <source>%1 people are already on the roster (lines %2).</source>
        <translation>%1 personnes sont déjà dans la liste (lignes %2).</translation>
    </message>
    <message>
        <source>Nobody in this file is on the roster yet.</source>
        <translation>Personne de ce fichier n&apos;est encore dans la liste.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>%1 is one of the app&apos;s own files (the database, its companions, the settings or a backup); writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 est l&apos;un des fichiers de l&apos;application (la base de données, ses fichiers associés, les réglages ou une sauvegarde)&#xa0;; écrire dessus le détruirait. Rien n&apos;a été écrit&#xa0;: choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Session clock</source>
        <translation>Horloge de la session</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Session %1 sur %2</translation>
    </message>
    <message>
        <source>(+%1 over)</source>
        <translation>(+%1 de dépassement)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Terminée après %1</translation>
    </message>
    <message>
        <source>First segment: %1</source>
        <translation>Premier segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Pas d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>The sessions in the data folder; Enter opens the selected one</source>
        <translation>Les sessions du dossier de données&#xa0;; Entrée ouvre celle qui est sélectionnée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session details and agenda</source>
        <extracomment>The attendance figures as given (None: not offered here, as for a new session).</extracomment>
        <translation>Détails de la session et ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Age&amp;nda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <source>Untick while the date is not known yet</source>
        <translation>Décochez tant que la date n&apos;est pas connue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The day of the session, printed in the report</source>
        <translation>Le jour de la session, imprimé dans le rapport</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>The local start time, printed in the report</source>
        <translation>L&apos;heure locale de début, imprimée dans le rapport</translation>
    </message>
    <message>
        <source>Start time known</source>
        <translation>Heure de début connue</translation>
    </message>
    <message>
        <source>Untick while the start time is not known yet</source>
        <translation>Décochez tant que l&apos;heure de début n&apos;est pas connue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>The event this session belongs to, for event-wide statistics</source>
        <translation>L&apos;événement auquel appartient cette session, pour les statistiques de l&apos;événement</translation>
    </message>
    <message>
        <source>The event the session belongs to, e.g. IGF 2017: its statistics add up</source>
        <translation>L&apos;événement auquel appartient la session, p. ex. FGI 2017&#xa0;: ses statistiques s&apos;additionnent</translation>
    </message>
    <message>
        <source>e.g. IGF 2017</source>
        <translation>p. ex. FGI 2017</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prévue</translation>
    </message>
    <message>
        <source>Default speaking time</source>
        <translation>Temps de parole par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>Avertissement avant la fin</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>One organiser per line</source>
        <translation>Un organisateur par ligne</translation>
    </message>
    <message>
        <source>One organisation per line</source>
        <translation>Une organisation par ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the session is about, in a few sentences</source>
        <translation>Le sujet de la session, en quelques phrases</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Date and start:</source>
        <translation>Date et début&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement&#xa0;:</translation>
    </message>
    <message>
        <source>Session t&amp;ype:</source>
        <translation>T&amp;ype de session&#xa0;:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>Cod&amp;e de la session&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Planned duration:</source>
        <translation>Durée &amp;prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;speaking time:</source>
        <translation>Temps de parole par déf&amp;aut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>A&amp;vertissement avant la fin&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Mot&amp;s-clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>Organisate&amp;urs&#xa0;:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descriptio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Participants onsite (estimate)</source>
        <translation>Participants sur place (estimation)</translation>
    </message>
    <message>
        <source>Participants online (estimate)</source>
        <translation>Participants en ligne (estimation)</translation>
    </message>
    <message>
        <source>Women and gender-diverse people (estimate)</source>
        <translation>Femmes et personnes de genre divers (estimation)</translation>
    </message>
    <message>
        <source>Attendance onsite:</source>
        <translation>Présence sur place&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance online:</source>
        <translation>Présence en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Women and gender-diverse:</source>
        <translation>Femmes et genre divers&#xa0;:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>An estimate for the report; leave at “not stated” if unknown</source>
        <translation>Une estimation pour le rapport&#xa0;; laissez «&#xa0;non indiqué&#xa0;» si elle est inconnue</translation>
    </message>
    <message>
        <source>Printed with the session&apos;s facts in the report</source>
        <translation>Imprimé avec les informations de la session dans le rapport</translation>
    </message>
    <message>
        <source>Used by the timer and the session clock; Up and Down change it</source>
        <translation>Utilisé par le chronomètre et l&apos;horloge de la session&#xa0;; Haut et Bas le changent</translation>
    </message>
    <message>
        <source>The agenda, one segment per row: title, planned minutes, speaking time, remote</source>
        <translation>L&apos;ordre du jour, un segment par ligne&#xa0;: titre, minutes prévues, temps de parole, à distance</translation>
    </message>
    <message>
        <source>Seconds per turn</source>
        <translation>Secondes par tour</translation>
    </message>
    <message>
        <source>&amp;Move down</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Agenda segments</source>
        <translation>Segments de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Round table, panel, birds of a feather…</source>
        <translation>Table ronde, panel, birds of a feather…</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Code de la session</translation>
    </message>
    <message>
        <source>e.g. WS #289, Open Forum #27</source>
        <translation>p. ex. WS #289, Open Forum #27</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Type de session</translation>
    </message>
    <message>
        <source>Workshop, open forum, day 0 event…: apart from the format</source>
        <translation>Atelier, forum ouvert, événement du jour 0…&#xa0;: à part le format</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source>Speaking time per turn (s, empty = session default)</source>
        <translation>Temps de parole par tour (s&#xa0;; vide = celui de la session)</translation>
    </message>
    <message>
        <source>Remote queue</source>
        <translation>File à distance</translation>
    </message>
    <message>
        <source>Checked: in this segment N calls the next remote request (points of order still come first)</source>
        <translation>Coché&#xa0;: dans ce segment, N appelle la demande à distance suivante (les motions d&apos;ordre passent toujours en premier)</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>A&amp;jouter un segment</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monte&amp;r</translation>
    </message>
    <message>
        <source>Add a segment at the end of the agenda</source>
        <translation>Ajouter un segment à la fin de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Supprimer le segment sélectionné</translation>
    </message>
    <message>
        <source>Move the selected segment earlier</source>
        <translation>Avancer le segment sélectionné</translation>
    </message>
    <message>
        <source>Move the selected segment later</source>
        <translation>Reculer le segment sélectionné</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <source>This segment draws from the remote queue</source>
        <translation>Ce segment puise dans la file à distance</translation>
    </message>
    <message>
        <source>Agenda row %1: %2 must be a whole number, not “%3”.</source>
        <translation>Ligne %1 de l&apos;ordre du jour&#xa0;: %2 doit être un nombre entier, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>les minutes prévues</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>le temps de parole</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share this session</source>
        <extracomment>The code&apos;s size: readable across a meeting room from the laptop&apos;s screen. The QR code&apos;s side in the dialog, in device-independent pixels: a phone reads it from a metre. &quot;Stop sharing&quot; was chosen.</extracomment>
        <translation>Partager cette session</translation>
    </message>
    <message>
        <source>Opening the port to share “%1”…</source>
        <translation>Ouverture du port pour partager «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Join code (read it out to the people joining, not into the microphone):</source>
        <translation>Code pour rejoindre (lisez-le aux personnes qui rejoignent, pas au micro)&#xa0;:</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code pour rejoindre</translation>
    </message>
    <message>
        <source>The code to type on the laptops that join</source>
        <translation>Le code à saisir sur les ordinateurs qui rejoignent</translation>
    </message>
    <message>
        <source>Address to type if the session is not found on the network:</source>
        <translation>Adresse à saisir si la session n&apos;est pas trouvée sur le réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address to type when the session is not found</source>
        <translation>L&apos;adresse à saisir quand la session n&apos;est pas trouvée</translation>
    </message>
    <message>
        <source>Join code as a QR code</source>
        <translation>Code pour rejoindre en code QR</translation>
    </message>
    <message>
        <source>Holds the join code and the address, for a phone&apos;s camera to pass on</source>
        <translation>Contient le code pour rejoindre et l’adresse, que l’appareil photo d’un téléphone peut transmettre</translation>
    </message>
    <message>
        <source>A phone&apos;s camera reads the code and the address from this.</source>
        <translation>L’appareil photo d’un téléphone lit ici le code et l’adresse.</translation>
    </message>
    <message>
        <source>&amp;Connected:</source>
        <translation>&amp;Connectés&#xa0;:</translation>
    </message>
    <message>
        <source>Connected laptops</source>
        <translation>Ordinateurs connectés</translation>
    </message>
    <message>
        <source>Each laptop that joined, with its role and address</source>
        <translation>Chaque ordinateur qui a rejoint, avec son rôle et son adresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Why sharing stopped</source>
        <translation>Pourquoi le partage s&apos;est arrêté</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Closes the port: the other laptops are disconnected</source>
        <translation>Ferme le port&#xa0;: les autres ordinateurs sont déconnectés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window; sharing goes on</source>
        <translation>Ferme cette fenêtre&#xa0;; le partage continue</translation>
    </message>
    <message>
        <source>Sharing “%1”.</source>
        <translation>Partage de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(no network address: check the connection)</source>
        <translation>(aucune adresse réseau&#xa0;: vérifiez la connexion)</translation>
    </message>
    <message>
        <source>No one has joined yet.</source>
        <translation>Personne n&apos;a encore rejoint.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>Pas de partage en cours.</translation>
    </message>
    <message>
        <source>Stopped sharing: the port is closed.</source>
        <translation>Partage arrêté&#xa0;: le port est fermé.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>online moderator</source>
        <translation>modérateur en ligne</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
</context>
<context>
    <name>SharingCommands</name>
    <message>
        <source>Live sharing</source>
        <extracomment>The port to share on (tests take any free one with 0). How the join dialog looks for sessions on the network (tests give their own, or None).</extracomment>
        <translation>Partage en direct</translation>
    </message>
    <message>
        <source>Share this session</source>
        <extracomment>The role this laptop joined with; &quot;&quot; while it shares (the host is the onsite moderator). The shared session&apos;s title, as shown; &quot;&quot; while a join has not brought the session yet. The laptops connected to this share, as last told (none while not sharing). The code and address of the join in progress (kept once the session arrives).</extracomment>
        <translation>Partager cette session</translation>
    </message>
    <message>
        <source>Leave the shared session first (File menu).</source>
        <translation>Quittez d&apos;abord la session partagée (menu Fichier).</translation>
    </message>
    <message>
        <source>Sharing “%1”: opening the port…</source>
        <translation>Partage de «&#xa0;%1&#xa0;»&#xa0;: ouverture du port…</translation>
    </message>
    <message>
        <source>Sharing “%1”: no one has joined yet</source>
        <translation>Partage de «&#xa0;%1&#xa0;»&#xa0;: personne n&apos;a encore rejoint</translation>
    </message>
    <message>
        <source>Sharing “%1” with %2</source>
        <translation>Partage de «&#xa0;%1&#xa0;» avec %2</translation>
    </message>
    <message>
        <source>Could not share: %1</source>
        <translation>Impossible de partager&#xa0;: %1</translation>
    </message>
    <message>
        <source>Join a shared session</source>
        <translation>Rejoindre une session partagée</translation>
    </message>
    <message>
        <source>Stop sharing or leave the shared session first.</source>
        <translation>Arrêtez d&apos;abord le partage ou quittez la session partagée.</translation>
    </message>
    <message>
        <source>Joined “%1” as %2</source>
        <translation>«&#xa0;%1&#xa0;» rejointe comme %2</translation>
    </message>
    <message>
        <source>The link to the host was lost: joining again…</source>
        <translation>Lien avec l&apos;hôte perdu&#xa0;: reconnexion…</translation>
    </message>
    <message>
        <source>The onsite moderator&apos;s laptop refused a change from this laptop and it was undone here: as %1 it may not change %2. This laptop&apos;s copy as it was before joining is in File → Restore from backup…</source>
        <translation>L’ordinateur de la modération sur place a refusé une modification de cet ordinateur, annulée ici&#xa0;: en tant que %1, il ne peut pas modifier %2. La copie de cet ordinateur telle qu’elle était avant de rejoindre est dans Fichier → Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Joining the shared session again: the app stopped without leaving it…</source>
        <translation>Nouvelle connexion à la session partagée&#xa0;: l’application s’est arrêtée sans la quitter…</translation>
    </message>
    <message>
        <source>Sharing again with the same code: the app stopped without stopping the share.</source>
        <translation>Partage repris avec le même code&#xa0;: l’application s’est arrêtée sans arrêter le partage.</translation>
    </message>
    <message>
        <source>This window is not sharing a session or joined to one.</source>
        <translation>Cette fenêtre ne partage aucune session et n&apos;en a rejoint aucune.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Stop sharing? %1 will lose the link. Their laptops keep their copies; sharing again gives a new code to read out.</source>
        <translation>Arrêter le partage&#xa0;? %1 perdra la liaison. Leurs ordinateurs gardent leur copie&#xa0;; partager à nouveau donne un nouveau code à lire à voix haute.</translation>
    </message>
    <message>
        <source>Stopped sharing: the port is closed.</source>
        <translation>Partage arrêté&#xa0;: le port est fermé.</translation>
    </message>
    <message>
        <source>Left the shared session; this laptop keeps its copy.</source>
        <translation>Session partagée quittée&#xa0;; cet ordinateur garde sa copie.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, its menu and what it does</source>
        <translation>Tous les raccourcis clavier, leur menu et ce qu&apos;ils font</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>StageController</name>
    <message>
        <source>S&amp;tage</source>
        <extracomment>The main window: the parent of the stage&apos;s menu, actions and dialog, and the one given the keys back.</extracomment>
        <translation>S&amp;cène</translation>
    </message>
    <message>
        <source>&amp;Show stage display</source>
        <translation>&amp;Afficher l&apos;écran de scène</translation>
    </message>
    <message>
        <source>Stage display &amp;full screen</source>
        <translation>Écran de scène en &amp;plein écran</translation>
    </message>
    <message>
        <source>Show on s&amp;creen</source>
        <translation>Afficher sur l&apos;é&amp;cran</translation>
    </message>
    <message>
        <source>Show the &amp;next speakers</source>
        <translation>Afficher les intervenants &amp;suivants</translation>
    </message>
    <message>
        <source>Show the agenda se&amp;gment</source>
        <translation>Afficher le se&amp;gment de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Sound cue at warning and at time up</source>
        <translation>Signal sonore à l&apos;avertissement et à la fin du temps</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Custom message…</source>
        <translation>Message pers&amp;onnalisé…</translation>
    </message>
    <message>
        <source>C&amp;lear message</source>
        <translation>&amp;Effacer le message</translation>
    </message>
    <message>
        <source>&amp;Blackout (logo only)</source>
        <translation>Écran &amp;noir (logo seul)</translation>
    </message>
    <message>
        <source>Stage message: %1</source>
        <translation>Message sur scène&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage message cleared.</source>
        <translation>Message de scène effacé.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Message à l&apos;intervenant</translation>
    </message>
    <message>
        <source>Shown on the stage display:</source>
        <translation>Affiché sur l&apos;écran de scène&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <source>Please wrap up</source>
        <translation>Merci de conclure</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Une minute</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>Merci de parler plus près du micro</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>DANS LE TEMPS</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>CONCLUEZ</translation>
    </message>
    <message>
        <source>TIME IS UP</source>
        <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Stage display — moderator-app</source>
        <translation>Écran de scène — moderator-app</translation>
    </message>
    <message>
        <source>Stage display</source>
        <translation>Écran de scène</translation>
    </message>
    <message>
        <source>What the speakers see: the timer, who has the floor and the moderator&apos;s messages</source>
        <translation>Ce que voient les intervenants&#xa0;: le chronomètre, qui a la parole et les messages du modérateur</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Saving problem</source>
        <translation>Problème d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>What could not be saved</source>
        <translation>Ce qui n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the saving problem</source>
        <translation>Masquer le problème d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Hide this warning; it comes back if the next change cannot be saved either.</source>
        <translation>Masquer cet avertissement&#xa0;; il revient si la modification suivante ne peut pas non plus être enregistrée.</translation>
    </message>
    <message>
        <source>%1
Everything saved before is safe, and the session on screen is what is saved.</source>
        <translation>%1
Tout ce qui a été enregistré avant est en sécurité, et la session à l&apos;écran est ce qui est enregistré.</translation>
    </message>
    <message>
        <source>⚠ The last change was NOT saved</source>
        <translation>⚠ La dernière modification n&apos;a PAS été enregistrée</translation>
    </message>
</context>
<context>
    <name>SuspendBar</name>
    <message>
        <source>Sleep during a turn</source>
        <translation>Veille pendant un tour</translation>
    </message>
    <message>
        <source>Sleep during a turn: question</source>
        <translation>Veille pendant un tour&#xa0;: question</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Keep the sleep as speaking time</source>
        <translation>Garder la veille comme temps de parole</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t count it</source>
        <translation>&amp;Déduire</translation>
    </message>
    <message>
        <source>Take the sleep off the speaking time</source>
        <translation>Retirer la veille du temps de parole</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Undo the decision about the sleep</source>
        <translation>Annuler la décision sur la veille</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the note about the sleep</source>
        <translation>Fermer l&apos;avis sur la veille</translation>
    </message>
    <message>
        <source>The time the laptop slept stays in this turn (Alt+K).</source>
        <translation>Le temps de veille de l&apos;ordinateur reste dans ce tour (Alt+G).</translation>
    </message>
    <message>
        <source>The time the laptop slept is taken off this turn and kept as paused time (Alt+D).</source>
        <translation>Le temps de veille de l&apos;ordinateur est retiré de ce tour et compté comme temps de pause (Alt+D).</translation>
    </message>
    <message>
        <source>Put the turn&apos;s time back as it was before (Alt+U).</source>
        <translation>Remettre le temps du tour comme avant (Alt+U).</translation>
    </message>
    <message>
        <source>Hide this note; the decision stays.</source>
        <translation>Masquer cet avis&#xa0;; la décision reste.</translation>
    </message>
    <message>
        <source>The laptop was asleep for %1 while %2 was speaking. Count that time as speaking time?</source>
        <extracomment>The gap just decided in this window (shown with Undo until closed or undone).</extracomment>
        <translation>L&apos;ordinateur a été en veille %1 pendant que %2 parlait. Compter ce temps comme temps de parole&#xa0;?</translation>
    </message>
    <message>
        <source>%1 of sleep taken off %2&apos;s speaking time (it counts as paused).</source>
        <translation>Veille de %1 retirée du temps de parole de %2 (comptée comme pause).</translation>
    </message>
    <message>
        <source>The %1 of sleep stay in %2&apos;s speaking time.</source>
        <translation>Les %1 de veille restent dans le temps de parole de %2.</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>l&apos;intervenant</translation>
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
        <translation>La veille reste dans le temps de parole (Alt+U annule).</translation>
    </message>
    <message>
        <source>The sleep was taken off the speaking time (Alt+U undoes).</source>
        <translation>La veille a été retirée du temps de parole (Alt+U annule).</translation>
    </message>
    <message>
        <source>Decision about the sleep undone.</source>
        <translation>Décision sur la veille annulée.</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Intervention timer</source>
        <translation>Chronomètre de l&apos;intervention</translation>
    </message>
    <message>
        <source>Share of allotted time used</source>
        <translation>Part du temps alloué utilisée</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Session → Resume ended session (Shift+F5) to carry on</source>
        <translation>Session → Reprendre la session terminée (Maj+F5) pour continuer</translation>
    </message>
    <message>
        <source>Press N (or Space) to give the floor to the next in the queue</source>
        <translation>Appuyez sur N (ou Espace) pour donner la parole au suivant dans la file</translation>
    </message>
    <message>
        <source>next turn: %1</source>
        <translation>prochain tour&#xa0;: %1</translation>
    </message>
    <message>
        <source>(removed participant)</source>
        <translation>(participant retiré)</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>sans limite de temps</translation>
    </message>
    <message>
        <source>%1 allotted</source>
        <translation>temps alloué %1</translation>
    </message>
    <message>
        <source>spoken %1</source>
        <translation>%1 de parole</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Keep what this dialog shows and close it (Enter)</source>
        <translation>Garder ce que montre cette boîte de dialogue et la fermer (Entrée)</translation>
    </message>
    <message>
        <source>Apply what this dialog shows</source>
        <translation>Appliquer ce que montre cette boîte de dialogue</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything (Esc)</source>
        <translation>Fermer cette boîte de dialogue sans rien changer (Échap)</translation>
    </message>
    <message>
        <source>Close this dialog and drop what was typed</source>
        <translation>Fermer cette boîte de dialogue et abandonner ce qui a été tapé</translation>
    </message>
    <message>
        <source>Explain this dialog</source>
        <translation>Expliquer cette boîte de dialogue</translation>
    </message>
    <message>
        <source>Put back the values this dialog started with</source>
        <translation>Remettre les valeurs d&apos;ouverture de cette boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside moderator-app. Everything done before this was saved. Please copy the details below into a bug report.</source>
        <translation>Un problème est survenu dans moderator-app. Tout ce qui a été fait avant a été enregistré. Copiez les détails ci-dessous dans un rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That participant is no longer on the roster.</source>
        <extracomment>Every template the console and the domain raise (checked by a test).</extracomment>
        <translation>Ce participant n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>The session has not ended.</source>
        <translation>La session n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>The queue is empty, so there is nobody to suggest.</source>
        <translation>La file est vide&#xa0;: personne à proposer.</translation>
    </message>
    <message>
        <source>Each stakeholder group can have only one contingent.</source>
        <translation>Chaque groupe de parties prenantes ne peut avoir qu&apos;un contingent.</translation>
    </message>
    <message>
        <source>That stakeholder group has no contingent; set one in Balance settings first.</source>
        <translation>Ce groupe de parties prenantes n&apos;a pas de contingent&#xa0;; définissez-en un d&apos;abord dans les réglages de l&apos;équilibre.</translation>
    </message>
    <message>
        <source>{name} has {spoken} recorded intervention(s), which would be lost; they stay on the roster. Edit their details instead.</source>
        <translation>{name} a {spoken} intervention(s) enregistrée(s), qui seraient perdues&#xa0;; la personne reste dans la liste. Modifiez plutôt ses données.</translation>
    </message>
    <message>
        <source>The session has ended; reopen it with Session → Resume ended session to continue.</source>
        <translation>La session est terminée&#xa0;; rouvrez-la avec Session → Reprendre la session terminée pour continuer.</translation>
    </message>
    <message>
        <source>The queue is empty: add someone to it first (A), or give the floor from the roster.</source>
        <translation>La file est vide&#xa0;: ajoutez d&apos;abord quelqu&apos;un (A) ou donnez la parole depuis la liste.</translation>
    </message>
    <message>
        <source>Nobody has the floor right now: call the next speaker first (N).</source>
        <translation>Personne n&apos;a la parole&#xa0;: appelez d&apos;abord l&apos;intervenant suivant (N).</translation>
    </message>
    <message>
        <source>The segment “{title}” has interventions recorded in it and cannot be removed; rename it instead. Nothing was changed.</source>
        <translation>Le segment «&#xa0;{title}&#xa0;» contient des interventions enregistrées et ne peut pas être supprimé&#xa0;; renommez-le plutôt. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a reference set; use one of: {allowed}.</source>
        <translation>«&#xa0;{reference}&#xa0;» n&apos;est pas un ensemble de référence&#xa0;; utilisez l&apos;un de&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Nothing to undo in the notes.</source>
        <translation>Rien à annuler dans les notes.</translation>
    </message>
    <message>
        <source>That note is no longer there; it may have been deleted.</source>
        <translation>Cette note n&apos;existe plus&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>That link points to something no longer in this session.</source>
        <translation>Ce lien pointe vers quelque chose qui n&apos;est plus dans cette session.</translation>
    </message>
    <message>
        <source>The remote queue is empty.</source>
        <translation>La file à distance est vide.</translation>
    </message>
    <message>
        <source>Type the remote participant&apos;s name, or pick someone from the roster.</source>
        <translation>Tapez le nom du participant à distance ou choisissez quelqu&apos;un dans la liste.</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>La session est déjà en cours.</translation>
    </message>
    <message>
        <source>The session has ended; use Session → Resume ended session to carry on.</source>
        <translation>La session est terminée&#xa0;; utilisez Session → Reprendre la session terminée pour continuer.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>La session n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>The session has already ended.</source>
        <translation>La session est déjà terminée.</translation>
    </message>
    <message>
        <source>This session has no agenda segments; add some in Edit → Session details and agenda.</source>
        <translation>Cette session n&apos;a pas de segments à l&apos;ordre du jour&#xa0;; ajoutez-en dans Édition → Détails de la session et ordre du jour.</translation>
    </message>
    <message>
        <source>“{title}” is the last segment of the agenda.</source>
        <translation>«&#xa0;{title}&#xa0;» est le dernier segment de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Tag &apos;{value}&apos; is not known; use one of: {allowed}.</source>
        <translation>L&apos;étiquette «&#xa0;{value}&#xa0;» est inconnue&#xa0;; utilisez l&apos;une de&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>That queue entry is no longer in the queue; it may have been withdrawn.</source>
        <translation>Cette entrée n&apos;est plus dans la file&#xa0;; elle a peut-être été retirée.</translation>
    </message>
    <message>
        <source>Nothing to undo in the queue.</source>
        <translation>Rien à annuler dans la file.</translation>
    </message>
    <message>
        <source>Nothing to redo in the queue.</source>
        <translation>Rien à rétablir dans la file.</translation>
    </message>
    <message>
        <source>{who} is already in the queue at position {position}; move that entry instead of adding another.</source>
        <translation>{who} est déjà dans la file en position {position}&#xa0;; déplacez cette entrée au lieu d&apos;en ajouter une autre.</translation>
    </message>
    <message>
        <source>Country &apos;{value}&apos; is not a two-letter ISO 3166-1 code (for example CH, BR, KE).</source>
        <translation>Le pays «&#xa0;{value}&#xa0;» n&apos;est pas un code ISO 3166-1 à deux lettres (par exemple CH, BR, KE).</translation>
    </message>
    <message>
        <source>Planned duration must be between 1 and 1440 minutes.</source>
        <translation>La durée prévue doit être comprise entre 1 et 1440 minutes.</translation>
    </message>
    <message>
        <source>Default speaking time must be between 10 seconds and 60 minutes.</source>
        <translation>Le temps de parole par défaut doit être compris entre 10 secondes et 60 minutes.</translation>
    </message>
    <message>
        <source>Warning time must be between 0 and 600 seconds.</source>
        <translation>Le délai d&apos;avertissement doit être compris entre 0 et 600 secondes.</translation>
    </message>
    <message>
        <source>{label}: the year {year} is outside {low}–{high}, the dates a session can have.</source>
        <translation>{label}&#xa0;: l&apos;année {year} est hors de {low}–{high}, les dates qu&apos;une session peut avoir.</translation>
    </message>
    <message>
        <source>The session would have {count:,} people; a session can have at most {limit:,}. Nothing was imported.</source>
        <translation>La session compterait {count:,} personnes&#xa0;; une session peut en compter au plus {limit:,}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A segment&apos;s planned minutes must be between 0 and 1440.</source>
        <translation>Les minutes prévues d&apos;un segment doivent être comprises entre 0 et 1440.</translation>
    </message>
    <message>
        <source>A segment&apos;s speaking time must be between 10 seconds and 60 minutes.</source>
        <translation>Le temps de parole d&apos;un segment doit être compris entre 10 secondes et 60 minutes.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not known; use one of: {allowed}.</source>
        <translation>{label}&#xa0;: «&#xa0;{value}&#xa0;» est inconnu&#xa0;; utilisez l&apos;un de&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Role &apos;{value}&apos; is not known; use one of: {allowed}.</source>
        <translation>Le rôle «&#xa0;{value}&#xa0;» est inconnu&#xa0;; utilisez l&apos;un de&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>A contingent&apos;s budget must be between 0 and 1440 minutes.</source>
        <translation>Le budget d&apos;un contingent doit être compris entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>Added time must stay within ±1440 minutes.</source>
        <translation>Le temps ajouté doit rester dans ±1440 minutes.</translation>
    </message>
    <message>
        <source>&apos;{priority}&apos; cannot steer the suggestion; use one of: {allowed}.</source>
        <translation>«&#xa0;{priority}&#xa0;» ne peut pas orienter la proposition&#xa0;; utilisez l&apos;un de&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>{label} is required: type at least one character.</source>
        <translation>{label} est obligatoire&#xa0;: tapez au moins un caractère.</translation>
    </message>
    <message>
        <source>{label} is too long ({length:,} characters); shorten it to at most {maximum:,}.</source>
        <translation>{label} est trop long ({length:,} caractères)&#xa0;; raccourcissez-le à {maximum:,} au plus.</translation>
    </message>
    <message>
        <source>The timer is not running, so it cannot be paused.</source>
        <translation>Le chronomètre ne tourne pas&#xa0;: impossible de le mettre en pause.</translation>
    </message>
    <message>
        <source>The timer is not paused, so it cannot be resumed.</source>
        <translation>Le chronomètre n&apos;est pas en pause&#xa0;: impossible de le reprendre.</translation>
    </message>
    <message>
        <source>This intervention has already ended.</source>
        <translation>Cette intervention est déjà terminée.</translation>
    </message>
    <message>
        <source>Allotted time must be between 0 seconds and 4 hours.</source>
        <translation>Le temps alloué doit être compris entre 0 seconde et 4 heures.</translation>
    </message>
    <message>
        <source>That sleep gap is not recorded in this session.</source>
        <translation>Cette veille n&apos;est pas enregistrée dans cette session.</translation>
    </message>
    <message>
        <source>Nothing to undo: this sleep gap has not been decided yet.</source>
        <translation>Rien à annuler&#xa0;: aucune décision n&apos;a encore été prise pour cette veille.</translation>
    </message>
    <message>
        <source>This sleep gap has already been decided; Undo first to change the decision.</source>
        <translation>Une décision a déjà été prise pour cette veille&#xa0;; annulez d&apos;abord pour la changer.</translation>
    </message>
    <message>
        <source>The turn this sleep happened in is no longer in the session. Nothing was changed.</source>
        <translation>Le tour pendant lequel cette veille a eu lieu n&apos;est plus dans la session. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no sleep time to take off.</source>
        <translation>Il n&apos;y a pas de temps de veille à retirer.</translation>
    </message>
    <message>
        <source>The sleep time is longer than this turn&apos;s speaking time, so it cannot be taken off. Nothing was changed.</source>
        <translation>Le temps de veille dépasse le temps de parole de ce tour&#xa0;: il ne peut pas être retiré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no sleep time to put back.</source>
        <translation>Il n&apos;y a pas de temps de veille à remettre.</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>The field names the domain puts in its messages as ``{label}``.</extracomment>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Segment title</source>
        <translation>Titre du segment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>What will be imported, one row each; nothing is saved until you confirm</source>
        <translation>Ce qui sera importé, une ligne par élément&#xa0;; rien n&apos;est enregistré avant votre confirmation</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Technical community</source>
        <translation>Communauté technique</translation>
    </message>
    <message>
        <source>Intergovernmental organisation</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Préfère ne pas le dire</translation>
    </message>
    <message>
        <source>African Group</source>
        <translation>Groupe des États d&apos;Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>Groupe des États d&apos;Asie et du Pacifique</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>Groupe des États d&apos;Europe orientale</translation>
    </message>
    <message>
        <source>Latin America and Caribbean (GRULAC)</source>
        <translation>Amérique latine et Caraïbes (GRULAC)</translation>
    </message>
    <message>
        <source>Western European and Others (WEOG)</source>
        <translation>Europe occidentale et autres États (WEOG)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Online moderator</source>
        <translation>Modérateur en ligne</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Open forum</source>
        <translation>Forum ouvert</translation>
    </message>
    <message>
        <source>Day 0 event</source>
        <translation>Événement du jour 0</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Présentation éclair</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Assemblée publique</translation>
    </message>
    <message>
        <source>Best practice forum</source>
        <translation>Forum sur les bonnes pratiques</translation>
    </message>
    <message>
        <source>Dynamic coalition</source>
        <translation>Coalition dynamique</translation>
    </message>
    <message>
        <source>Networking session</source>
        <translation>Séance de réseautage</translation>
    </message>
    <message>
        <source>Main session</source>
        <translation>Séance principale</translation>
    </message>
    <message>
        <source>Other session type</source>
        <translation>Autre type de session</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Opening statement</source>
        <translation>Déclaration liminaire</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Direct reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Key issue</source>
        <translation>Enjeu clé</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Action / way forward</source>
        <translation>Action / voie à suivre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Gender / inclusion</source>
        <translation>Genre / inclusion</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Concluez</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Could not start writing the document (is the folder writable?)</source>
        <extracomment>What stands in a QTextDocument&apos;s text for an image (QChar::ObjectReplacementCharacter). ``src=&quot;data:image/…;base64,…&quot;`` in either quote style; group 2 is the quote, 3 the type, 4 the data. Tables, headings and lists as QTextDocument understands CSS (a subset: no selectors beyond these).</extracomment>
        <translation>Impossible de commencer à écrire le document (le dossier est-il accessible en écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>Could not start a new page</source>
        <translation>Impossible de commencer une nouvelle page</translation>
    </message>
</context>
<context>
    <name>role_layouts</name>
    <message>
        <source>&amp;Layout</source>
        <extracomment>The role last chosen from View → Layout: its corners are set again at the next start. The docks as built, before any saved arrangement: every layout starts from it (see remember_built).</extracomment>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>For the &amp;moderator</source>
        <translation>Pour le &amp;modérateur</translation>
    </message>
    <message>
        <source>Timer, roster, queue and balance; the interventions under the timer</source>
        <translation>Chronomètre, liste, file et équilibre&#xa0;; les interventions sous le chronomètre</translation>
    </message>
    <message>
        <source>For the &amp;online moderator</source>
        <translation>Pour le modérateur en &amp;ligne</translation>
    </message>
    <message>
        <source>The remote queue in front and taller; the interventions under the timer</source>
        <translation>La file à distance au premier plan et plus haute&#xa0;; les interventions sous le chronomètre</translation>
    </message>
    <message>
        <source>For the &amp;rapporteur</source>
        <translation>Pour le &amp;rapporteur</translation>
    </message>
    <message>
        <source>The notes in front, with half the window&apos;s height; a narrower roster</source>
        <translation>Les notes au premier plan, sur la moitié de la hauteur de la fenêtre&#xa0;; une liste plus étroite</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Finish the open dialog, then open the session with File → Open.</source>
        <translation>Terminez la boîte de dialogue ouverte, puis ouvrez la session avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>moderator-app was started again for a session that is not here: %1</source>
        <translation>moderator-app a été relancé pour une session qui n&apos;est pas ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>moderator-app was started again: this window is the one in use.</source>
        <translation>moderator-app a été relancé&#xa0;: c&apos;est cette fenêtre qui est utilisée.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Platform · kind</source>
        <translation>Plateforme · type</translation>
    </message>
    <message>
        <source>Question or comment</source>
        <translation>Question ou commentaire</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>★ not yet</source>
        <extracomment>The columns&apos; source texts, marked with QT_TRANSLATE_NOOP(&quot;tables&quot;, …) and translated when shown. Each shown row&apos;s cell texts, worked out once (a painted cell asks for them three times), by row number with the row object they belong to; a new row object at a number is worked out anew.</extracomment>
        <translation>★ pas encore</translation>
    </message>
    <message>
        <source>%1 in 1 turn</source>
        <translation>%1 en 1 tour</translation>
    </message>
    <message>
        <source>%1 in %2 turns</source>
        <translation>%1 en %2 tours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>A parlé</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>A parlé</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Dépassement</translation>
    </message>
</context>
</TS>
