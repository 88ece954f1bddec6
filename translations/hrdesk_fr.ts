<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountabilityDialog</name>
    <message>
        <source>Accountability package</source>
        <translation>Dossier de demande de sanctions</translation>
    </message>
    <message>
        <source>&amp;Export the package as PDF…</source>
        <translation>&amp;Exporter le dossier en PDF…</translation>
    </message>
    <message>
        <source>Choose the language and an optional password, then where to save it</source>
        <translation>Choisir la langue et, si vous le souhaitez, un mot de passe, puis l’emplacement d’enregistrement</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete %1 and the conduct recorded for them from this case? This cannot be undone.</source>
        <translation>Supprimer %1 et les agissements enregistrés à son sujet dans ce dossier&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>AccountabilityEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>Impossible d’enregistrer la dernière modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccountabilityExportDialog</name>
    <message>
        <source>Export the accountability package</source>
        <translation>Exporter le dossier de demande de sanctions</translation>
    </message>
    <message>
        <source>The package is a separate document from the brief: it names the people responsible. It is saved only where you choose.</source>
        <translation>Ce dossier est un document distinct de la note de synthèse&#xa0;: il nomme les personnes responsables. Il n’est enregistré qu’à l’endroit que vous choisissez.</translation>
    </message>
    <message>
        <source>&amp;Language of the package:</source>
        <translation>&amp;Langue du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the accountability package as PDF</source>
        <translation>Enregistrer le dossier de demande de sanctions en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Impossible d’enregistrer le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package could not be prepared (%1).</source>
        <translation>Impossible de préparer le dossier (%1).</translation>
    </message>
</context>
<context>
    <name>AccountabilityIntro</name>
    <message>
        <source>The United States can refuse entry to officials involved in gross violations of human rights or significant corruption (Section 7031(c)), and can freeze their assets and bar dealings with them (Global Magnitsky sanctions). Anyone may send the State Department information for such a decision. Here you record who is responsible, what they did, which events of your timeline show it and what evidence exists, then print it as a separate document.</source>
        <extracomment>The reference entries this panel links to, in the order of its buttons.</extracomment>
        <translation>Les États-Unis peuvent refuser l’entrée sur leur territoire aux responsables impliqués dans des violations graves des droits humains ou dans une corruption importante (section 7031(c)), et peuvent geler leurs avoirs et interdire toute relation avec eux (sanctions Global Magnitsky). Toute personne peut transmettre au Département d’État des informations en vue d’une telle décision. Vous indiquez ici qui est responsable, ce que chaque personne a fait, quels faits de votre chronologie le montrent et quelles preuves existent, puis vous l’imprimez comme un document distinct.</translation>
    </message>
    <message>
        <source>This package names people who may retaliate. Keep it confidential and send it only through a channel you trust. Decisions are slow, often more than a year, and you may never hear the outcome. It does not replace urgent protection.</source>
        <translation>Ce dossier nomme des personnes qui peuvent exercer des représailles. Gardez-le confidentiel et ne l’envoyez que par un canal de confiance. Les décisions sont lentes, souvent plus d’un an, et vous ne connaîtrez peut-être jamais le résultat. Il ne remplace pas une protection urgente.</translation>
    </message>
    <message>
        <source>About Section &amp;7031(c)</source>
        <translation>La section &amp;7031(c)</translation>
    </message>
    <message>
        <source>About &amp;Global Magnitsky</source>
        <translation>Les sanctions &amp;Global Magnitsky</translation>
    </message>
    <message>
        <source>Preparing a &amp;submission</source>
        <translation>P&amp;réparer une demande de sanctions</translation>
    </message>
    <message>
        <source>Opens the entry in Reference</source>
        <translation>Ouvre la fiche dans Fiches pratiques</translation>
    </message>
</context>
<context>
    <name>AccountabilityPeoplePanel</name>
    <message>
        <source>People responsible</source>
        <translation>Personnes responsables</translation>
    </message>
    <message>
        <source>Full name of a person responsible</source>
        <translation>Nom complet d’une personne responsable</translation>
    </message>
    <message>
        <source>Full name of a new person responsible</source>
        <translation>Nom complet d’une nouvelle personne responsable</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add this person to the list</source>
        <translation>Ajouter cette personne à la liste</translation>
    </message>
    <message>
        <source>No one is listed yet. Type the full name of a person responsible above and press Enter.</source>
        <translation>Personne n’est encore inscrit. Saisissez ci-dessus le nom complet d’une personne responsable, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Mod&amp;ifier</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s details</source>
        <translation>Modifier les informations de la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected person and the conduct recorded for them</source>
        <translation>Supprimer la personne sélectionnée et les agissements enregistrés à son sujet</translation>
    </message>
</context>
<context>
    <name>AccountabilityPersonForm</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Other names or spe&amp;llings:</source>
        <translation>Autres noms ou ort&amp;hographes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>&amp;Pays de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Date or &amp;year of birth:</source>
        <translation>&amp;Date ou année de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position or unit:</source>
        <translation>&amp;Fonction ou unité&#xa0;:</translation>
    </message>
    <message>
        <source>Notes on this pe&amp;rson:</source>
        <translation>Remarques sur &amp;cette personne :</translation>
    </message>
    <message>
        <source>Separate them with semicolons</source>
        <translation>Séparez-les par des points-virgules</translation>
    </message>
    <message>
        <source>1971, 1971-04 or 1971-04-23</source>
        <translation>1971, 1971-04 ou 1971-04-23</translation>
    </message>
    <message>
        <source>Appro&amp;ximate</source>
        <translation>Appro&amp;ximative</translation>
    </message>
    <message>
        <source>Tick when the year is an estimate</source>
        <translation>Cochez si l’année est une estimation</translation>
    </message>
    <message>
        <source>At the time of the conduct</source>
        <translation>Au moment des faits</translation>
    </message>
    <message>
        <source>Anything else that tells this person apart, and how you know it</source>
        <translation>Tout autre élément qui distingue cette personne, et comment vous le savez</translation>
    </message>
    <message>
        <source>Notes on this person</source>
        <translation>Remarques sur cette personne</translation>
    </message>
    <message>
        <source>Cond&amp;uct</source>
        <translation>Agisse&amp;ments</translation>
    </message>
    <message>
        <source>Tick what this person did. Select a ticked line to link its events and evidence below.</source>
        <translation>Cochez ce que cette personne a fait. Sélectionnez une ligne cochée pour y relier ci-dessous des faits et des preuves.</translation>
    </message>
    <message>
        <source>Conduct of this person</source>
        <translation>Agissements de cette personne</translation>
    </message>
    <message>
        <source>Remove “%1” from this person, with what you wrote and the events linked to it?</source>
        <translation>Retirer « %1 » de cette personne, avec ce que vous avez écrit et les faits reliés ?</translation>
    </message>
    <message>
        <source>A person needs a full name; the last one is kept until you type one.</source>
        <translation>Une personne doit avoir un nom complet&#xa0;; le précédent est conservé tant que vous n’en saisissez pas un autre.</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Retirer des agissements</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>hrdesk is already open</source>
        <translation>hrdesk est déjà ouvert</translation>
    </message>
    <message>
        <source>This vault is already open in another hrdesk window. Use that window.</source>
        <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre de hrdesk. Continuez dans cette fenêtre-là.</translation>
    </message>
</context>
<context>
    <name>AutoBackupStatus</name>
    <message>
        <source>Automatic backup: %1% done</source>
        <translation>Sauvegarde automatique&#xa0;: %1&#xa0;% effectués</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up — hrdesk</source>
        <translation>Sauvegarde — hrdesk</translation>
    </message>
    <message>
        <source>Back up your vault</source>
        <translation>Sauvegarder votre coffre-fort</translation>
    </message>
    <message>
        <source>The backup is one encrypted file that holds your whole vault. Without its passphrase it shows nothing but its size, so you can copy it to a USB stick or another computer. Keep it away from this computer: it is what lets you start again if this one is lost, seized or broken.</source>
        <translation>La sauvegarde est un fichier chiffré unique qui contient tout votre coffre-fort. Sans sa phrase de passe, elle ne révèle rien d’autre que sa taille&#xa0;: vous pouvez donc la copier sur une clé USB ou sur un autre ordinateur. Gardez-la loin de cet ordinateur&#xa0;: c’est elle qui vous permettra de repartir si celui-ci est perdu, saisi ou en panne.</translation>
    </message>
    <message>
        <source>Protect the backup with:</source>
        <translation>Protéger la sauvegarde par&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;vault&apos;s passphrase</source>
        <translation>La phrase de passe du &amp;coffre-fort</translation>
    </message>
    <message>
        <source>A &amp;separate passphrase, only for this backup</source>
        <translation>Une phrase de passe &amp;distincte, propre à cette sauvegarde</translation>
    </message>
    <message>
        <source>Vault &amp;passphrase:</source>
        <translation>&amp;Phrase de passe du coffre-fort&#xa0;:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase de passe du coffre-fort</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Confirmer la phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>You will need this passphrase to restore the backup, and the restored vault will open with it. If you forget it, nobody can open the backup.</source>
        <translation>Cette phrase de passe vous sera demandée pour restaurer la sauvegarde, et le coffre-fort restauré s’ouvrira avec elle. Si vous l’oubliez, personne ne pourra ouvrir la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose a file and &amp;back up…</source>
        <translation>Choisir un fichier et &amp;sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Saisissez d’abord la phrase de passe du coffre-fort.</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>Sauvegardes hrdesk (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up… This can take a moment.</source>
        <translation>Sauvegarde en cours… Cela peut prendre un moment.</translation>
    </message>
    <message>
        <source>Backing up… %1% done.</source>
        <translation>Sauvegarde en cours… %1&#xa0;% effectués.</translation>
    </message>
    <message>
        <source>Done. The backup is saved in %1 (%2). You can now copy it to a USB stick or another safe place.</source>
        <translation>Terminé. La sauvegarde est enregistrée dans %1 (%2). Vous pouvez maintenant la copier sur une clé USB ou dans un autre endroit sûr.</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>Ce n’est pas la phrase de passe du coffre-fort. Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full: the backup could not be made. Free some space and try again.</source>
        <translation>Le disque qui contient le coffre-fort est plein&#xa0;: la sauvegarde n’a pas pu être faite. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>There is not enough space in %1 for the backup. No backup was written. Free some space or choose another place, such as a USB stick.</source>
        <translation>Il n’y a pas assez de place dans %1 pour la sauvegarde. Aucune sauvegarde n’a été écrite. Libérez de la place ou choisissez un autre emplacement, par exemple une clé USB.</translation>
    </message>
    <message>
        <source>hrdesk cannot write in %1 (the folder is missing, read-only or not yours). No backup was written. Choose another folder.</source>
        <translation>hrdesk ne peut pas écrire dans %1 (le répertoire n’existe pas, est en lecture seule ou ne vous appartient pas). Aucune sauvegarde n’a été écrite. Choisissez un autre répertoire.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2. No backup was written.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1&#xa0;: %2. Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The backup could not be made. No backup was written.</source>
        <translation>La sauvegarde n’a pas pu être faite. Aucune sauvegarde n’a été écrite.</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>The basics of the case</source>
        <translation>Les informations de base du dossier</translation>
    </message>
    <message>
        <source>Who is at risk, where, and what is happening, in a few words. You can use a pseudonym: you decide later what is printed.</source>
        <translation>Qui est en danger, où, et ce qui se passe, en quelques mots. Vous pouvez utiliser un pseudonyme&#xa0;: vous déciderez plus tard de ce qui sera imprimé.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>A name you will recognise</source>
        <translation>Un nom que vous reconnaîtrez</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country where the defender works</source>
        <translation>Pays où travaille le défenseur ou la défenseuse des droits humains</translation>
    </message>
    <message>
        <source>Country where the defender works (name or two-letter code)</source>
        <translation>Pays où travaille le défenseur ou la défenseuse des droits humains (nom ou code à deux lettres)</translation>
    </message>
    <message>
        <source>&amp;Who is at risk:</source>
        <translation>&amp;Qui est en danger&#xa0;:</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Qui est en danger</translation>
    </message>
    <message>
        <source>A name or a pseudonym</source>
        <translation>Un nom ou un pseudonyme</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>What is happening, and why you are at risk</source>
        <translation>Ce qui se passe, et pourquoi vous êtes en danger</translation>
    </message>
    <message>
        <source>Three facts that shape the advice</source>
        <translation>Trois éléments qui orientent les conseils</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>Personnes citées dans le dossier</translation>
    </message>
    <message>
        <source>A &amp;business activity is involved</source>
        <translation>Une activité é&amp;conomique est en jeu</translation>
    </message>
    <message>
        <source>For example a mine, a plantation or a dam. Suggests meeting the economic officer too.</source>
        <translation>Par exemple une mine, une plantation ou un barrage. Il est alors conseillé de rencontrer aussi le ou la responsable des affaires économiques.</translation>
    </message>
    <message>
        <source>Security forces are &amp;involved</source>
        <translation>Des forces de sécurité sont &amp;impliquées</translation>
    </message>
    <message>
        <source>Police, army or intelligence. The human rights officer can bring colleagues who follow security matters; hrdesk does not ask for them in writing.</source>
        <translation>Police, armée ou renseignement. Le ou la responsable des droits humains peut venir avec des collègues qui suivent les questions de sécurité&#xa0;; hrdesk ne les demande pas par écrit.</translation>
    </message>
    <message>
        <source>The case is hi&amp;gh-profile</source>
        <translation>Le dossier est très &amp;médiatisé</translation>
    </message>
    <message>
        <source>Known nationally or abroad. Suggests the ambassador or the deputy chief of mission.</source>
        <translation>Connu dans le pays ou à l’étranger. Il est alors conseillé de rencontrer l’ambassadeur ou l’ambassadrice, ou le chef de mission adjoint.</translation>
    </message>
    <message>
        <source>A case needs a title. The old title “%1” is kept until you type a new one.</source>
        <translation>Un dossier doit avoir un titre. L’ancien titre, «&#xa0;%1&#xa0;», est conservé jusqu’à ce que vous en saisissiez un nouveau.</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>Print or save the brief</source>
        <extracomment>The length the app&apos;s own advice gives for a hand-over brief. Milliseconds to wait after a change before rendering again (typing an embassy name).</extracomment>
        <translation>Imprimer ou enregistrer la note de synthèse</translation>
    </message>
    <message>
        <source>&amp;Email draft…</source>
        <translation>&amp;Brouillon de courriel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Aperçu de la note de synthèse</translation>
    </message>
    <message>
        <source>The brief could not be prepared (%1).</source>
        <translation>Impossible de préparer la note de synthèse (%1).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n. Nothing is saved until you choose Save as PDF.</source>
        <translation>
            <numerusform>%n page. Rien n’est enregistré tant que vous ne choisissez pas «&#xa0;Enregistrer en PDF&#xa0;».</numerusform>
            <numerusform>%n pages. Rien n’est enregistré tant que vous ne choisissez pas «&#xa0;Enregistrer en PDF&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>This is longer than the two pages an officer is likely to read. Consider leaving out sections, shortening the timeline, or marking some items for your speaker notes only.</source>
        <translation>C’est plus long que les deux pages qu’un ou une diplomate lira probablement. Envisagez de retirer des sections, de raccourcir la chronologie ou de réserver certains éléments à vos notes personnelles.</translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Enregistrer la note de synthèse en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Impossible d’enregistrer le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Note de synthèse</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>&amp;Langue de la note de synthèse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For the embassy:</source>
        <translation>Pour l’&amp;ambassade&#xa0;:</translation>
    </message>
    <message>
        <source>Brief to hand over to the embassy</source>
        <translation>Note de synthèse à remettre à l’ambassade</translation>
    </message>
    <message>
        <source>My speaker notes (adds items for my eyes only)</source>
        <translation>Mon aide-mémoire (ajoute les éléments «&#xa0;Pour moi uniquement&#xa0;»)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>No government is recognised in this name, so the brief cannot cite its policy. Type a country&apos;s name or its two-letter code (Canada, CA).</source>
        <translation>Aucun gouvernement n’est reconnu dans ce nom : la note de synthèse ne pourra pas citer sa politique. Saisissez le nom d’un pays ou son code à deux lettres (Canada, CA).</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Our request</source>
        <translation>Notre demande</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>Previous outreach</source>
        <translation>Sollicitations précédentes</translation>
    </message>
    <message>
        <source>Contact history with the embassy</source>
        <translation>Historique des contacts avec l’ambassade</translation>
    </message>
    <message>
        <source>Replace the names of people with &quot;Person A&quot;, &quot;Person B&quot;…</source>
        <translation>Remplacer les noms des personnes par «&#xa0;Personne A&#xa0;», «&#xa0;Personne B&#xa0;»…</translation>
    </message>
    <message>
        <source>The names typed as the person at risk, the people of each event and the contacts are replaced everywhere, each word of them too, with Arabic prefixes and Russian case forms; institutions and &quot;Unknown&quot; stay. Nicknames, spellings never typed there and details that identify someone are not caught: read the preview.</source>
        <translation>Les noms saisis comme personne en danger, personnes de chaque fait et contacts sont remplacés partout, chacun de leurs mots aussi, avec les préfixes de l’arabe et les déclinaisons du russe&#xa0;; les institutions et «&#xa0;Inconnu&#xa0;» restent. Les surnoms, les graphies jamais saisies à ces endroits et les détails qui permettent d’identifier quelqu’un ne sont pas repérés&#xa0;: relisez l’aperçu.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>Impossible d’enregistrer la dernière modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Export a case file</source>
        <translation>Exporter un fichier de dossier</translation>
    </message>
    <message>
        <source>A case file is NOT encrypted. Anyone who finds it can read the whole case. Keep it on an encrypted drive and delete it once it has reached its destination.

Continue?</source>
        <translation>Un fichier de dossier n’est PAS chiffré. Toute personne qui le trouve peut lire l’intégralité du dossier. Conservez-le sur un support chiffré et supprimez-le dès qu’il est arrivé à destination.

Continuer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</source>
        <translation>
            <numerusform>%n élément de ce dossier est marqué «&#xa0;Ne jamais imprimer&#xa0;». L’inclure quand même dans le fichier&#xa0;? Choisissez Oui pour l’inclure, Annuler pour le laisser de côté.</numerusform>
            <numerusform>%n éléments de ce dossier sont marqués «&#xa0;Ne jamais imprimer&#xa0;». Les inclure quand même dans le fichier&#xa0;? Choisissez Oui pour les inclure, Annuler pour les laisser de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>hrdesk case files (*.json)</source>
        <translation>Fichiers de dossier hrdesk (*.json)</translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation>Impossible d’écrire le fichier de dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Importer un fichier de dossier</translation>
    </message>
    <message>
        <source>hrdesk case files (*.json);;All files (*)</source>
        <translation>Fichiers de dossier hrdesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem:
%1</source>
        <translation>Rien n’a été importé. Le fichier présente un problème&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>readiness: 3 of 4 checks done</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>Dossier prêt&#xa0;: tout ce dont l’ambassade a besoin est là.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Il manque encore&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time: 4 December 2026, 10:15</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Start preparing a new case (Ctrl+N)</source>
        <translation>Commencer à préparer un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>Exporter le fichier de dossier…</translation>
    </message>
    <message>
        <source>Import case file…</source>
        <translation>Importer un fichier de dossier…</translation>
    </message>
    <message>
        <source>Filter by title or country</source>
        <translation>Filtrer par titre ou par pays</translation>
    </message>
    <message>
        <source>Filter cases by title or country</source>
        <translation>Filtrer les dossiers par titre ou par pays</translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation>Afficher les dossiers ayant ce statut</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Archived cases</source>
        <translation>Dossiers archivés</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Cases, most recently changed first</source>
        <translation>Dossiers, du plus récemment modifié au plus ancien</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Aucun dossier ne correspond</translation>
    </message>
    <message>
        <source>No case matches the filter. Change the words or the status above, or show all cases.</source>
        <translation>Aucun dossier ne correspond au filtre. Modifiez les mots ou le statut ci-dessus, ou affichez tous les dossiers.</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Afficher tous les dossiers</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. The wizard walks you through them; everything is saved as you type.</source>
        <translation>Un dossier rassemble les trois éléments dont une ambassade a besoin de votre part&#xa0;: votre demande précise d’aide, les faits sous forme de chronologie des événements, et les sollicitations que vous avez déjà effectuées. L’assistant vous guide pas à pas&#xa0;; tout est enregistré au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>A case needs a title. The old title is kept.</source>
        <translation>Un dossier doit avoir un titre. L’ancien titre est conservé.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été archivé.</translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the case “%1” with its timeline and outreach? You can undo this for a few seconds.</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;», avec sa chronologie et ses sollicitations&#xa0;? Vous pourrez annuler pendant quelques secondes.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Case file written to %1. It is not encrypted: delete it once it has been used.</source>
        <translation>Fichier de dossier enregistré dans %1. Il n’est pas chiffré&#xa0;: supprimez-le dès qu’il a servi.</translation>
    </message>
    <message>
        <source>The case file was imported.</source>
        <translation>Le fichier de dossier a été importé.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Log an interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>&amp;Contact with embassies about this case</source>
        <translation>&amp;Historique des échanges avec les ambassades pour ce dossier</translation>
    </message>
    <message>
        <source>No contact with an embassy logged for this case yet. Engage early: be known before an emergency.</source>
        <translation>Aucun échange avec une ambassade n’a encore été consigné pour ce dossier. Prenez contact tôt&#xa0;: faites-vous connaître avant une urgence.</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Back to the list of cases; everything is saved</source>
        <translation>Retour à la liste des dossiers&#xa0;; tout est enregistré</translation>
    </message>
    <message>
        <source>Steps of the case wizard</source>
        <translation>Étapes de l’assistant de dossier</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>Note de synthèse…</translation>
    </message>
    <message>
        <source>Preview, print or save the brief for the embassy (Ctrl+P)</source>
        <translation>Prévisualiser, imprimer ou enregistrer la note de synthèse pour l’ambassade (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>&amp;Sanctions…</translation>
    </message>
    <message>
        <source>The people responsible, for a Section 7031(c) or Global Magnitsky submission</source>
        <translation>Les personnes responsables, pour une demande au titre de la section 7031(c) ou de Global Magnitsky</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Étape précédente (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Étape suivante (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>readiness: 3 of 4 ready</comment>
        <translation>Préparation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Confirmer la nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Confirmer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>La phrase de passe a été changée.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>La phrase de passe actuelle est incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>Impossible de changer la phrase de passe. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ConductDetails</name>
    <message>
        <source>&amp;What they did:</source>
        <translation>Ce qu’a fait &amp;la personne :</translation>
    </message>
    <message>
        <source>In a few sentences: what this person did, when and where, and to whom</source>
        <translation>En quelques phrases : ce qu’a fait cette personne, quand, où et à qui</translation>
    </message>
    <message>
        <source>What this person did</source>
        <translation>Ce qu’a fait cette personne</translation>
    </message>
    <message>
        <source>Even&amp;ts of the timeline that show it:</source>
        <translation>Fai&amp;ts de la chronologie qui le montrent&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline events linked to this conduct</source>
        <translation>Faits de la chronologie reliés à ces agissements</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date of an event, then what happened</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The timeline of this case has no events yet. Add them in step 3 of the case wizard.</source>
        <translation>La chronologie de ce dossier ne contient encore aucun fait. Ajoutez-les à l’étape 3 de l’assistant.</translation>
    </message>
    <message>
        <source>Notes on the e&amp;vidence:</source>
        <translation>Remarques sur les pre&amp;uves&#xa0;:</translation>
    </message>
    <message>
        <source>What evidence exists and where it is kept (not the evidence itself)</source>
        <translation>Quelles preuves existent et où elles sont conservées (pas les preuves elles-mêmes)</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Remarques sur les preuves</translation>
    </message>
    <message>
        <source>Events and evidence for: %1</source>
        <translation>Faits et preuves pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick this kind of conduct above to link events and evidence to it.</source>
        <translation>Cochez ce type d’agissement ci-dessus pour y relier des faits et des preuves.</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Done (%1)</source>
        <comment>a follow-up that was done</comment>
        <translation>Faite (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Ambassade</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation>Diplomates en poste</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a reception, a panel or another event where an officer was met</comment>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite sur le terrain</translation>
    </message>
    <message>
        <source>Court hearing attended</source>
        <translation>Présence à une audience</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>something we asked for</comment>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>something the embassy said it would do</comment>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>the officer says something is being done</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a request</comment>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>En poste</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>an officer who left the post</comment>
        <translation>Poste quitté</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>ContactRefusals</name>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>Say which government the embassy or office represents.</source>
        <translation>Indiquez quel gouvernement représente cette ambassade ou ce bureau.</translation>
    </message>
    <message>
        <source>Say what was asked or promised.</source>
        <translation>Indiquez ce qui a été demandé ou promis.</translation>
    </message>
    <message>
        <source>Tick at least one officer you were in touch with.</source>
        <translation>Cochez au moins une personne avec qui vous avez été en contact.</translation>
    </message>
    <message>
        <source>Choose the embassy. If it is not in the list yet, add it first.</source>
        <translation>Choisissez l’ambassade. Si elle ne figure pas encore dans la liste, ajoutez-la d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</source>
        <translation>
            <numerusform>Cette personne apparaît dans %n échange&#xa0;: la supprimer modifierait votre historique. Si elle a quitté son poste, indiquez plutôt son départ.</numerusform>
            <numerusform>Cette personne apparaît dans %n échanges&#xa0;: la supprimer modifierait votre historique. Si elle a quitté son poste, indiquez plutôt son départ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</source>
        <translation>
            <numerusform>Cette ambassade compte %n diplomate dans le journal des contacts. Son historique reste lié à l’ambassade, qui ne peut donc pas être supprimée.</numerusform>
            <numerusform>Cette ambassade compte %n diplomates dans le journal des contacts. Leur historique reste lié à l’ambassade, qui ne peut donc pas être supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The posting cannot end before it starts.</source>
        <translation>L’affectation ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>An officer cannot succeed themselves.</source>
        <translation>Une personne ne peut pas se succéder à elle-même.</translation>
    </message>
    <message>
        <source>Choose an officer of the same embassy, or keep them with the embassy.</source>
        <translation>Choisissez un diplomate de la même ambassade, ou laissez-les à l’ambassade.</translation>
    </message>
    <message>
        <source>This officer has left too. Choose someone still in post.</source>
        <translation>Ce diplomate est lui aussi parti. Choisissez quelqu’un qui est encore en poste.</translation>
    </message>
    <message>
        <source>This record no longer exists. The list has been refreshed.</source>
        <translation>Cet élément n’existe plus. La liste a été actualisée.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add an embassy first</source>
        <translation>Ajoutez d’abord une ambassade</translation>
    </message>
    <message>
        <source>An interaction is with an officer of an embassy. Add the embassy now, then the officer you met?</source>
        <translation>Un échange a lieu avec un diplomate d’une ambassade. Ajouter l’ambassade maintenant, puis le diplomate rencontré ?</translation>
    </message>
    <message>
        <source>Add an officer first</source>
        <translation>Ajoutez d’abord un diplomate</translation>
    </message>
    <message>
        <source>An interaction is with one or more officers. Add the officer you met now?</source>
        <translation>Un échange a lieu avec un ou plusieurs diplomates. Ajouter maintenant le diplomate rencontré ?</translation>
    </message>
    <message>
        <source>Search officers, embassies and interactions (Ctrl+F)</source>
        <translation>Rechercher des diplomates, des ambassades et des échanges (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the contact log</source>
        <translation>Rechercher dans le journal des contacts</translation>
    </message>
    <message>
        <source>&amp;Log an interaction</source>
        <translation>&amp;Consigner un échange</translation>
    </message>
    <message>
        <source>Log a meeting, call, email or event (Ctrl+N)</source>
        <translation>Consigner un entretien, un appel, un courriel ou un événement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Ajouter un diplomate</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>Ajouter une ambassade</translation>
    </message>
    <message>
        <source>Track a request</source>
        <translation>Suivre une demande</translation>
    </message>
    <message>
        <source>Track a request you made or a commitment an officer made</source>
        <translation>Suivre une demande que vous avez faite ou un engagement pris par un diplomate</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault — hrdesk</source>
        <translation>Créez votre coffre-fort — hrdesk</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Créez votre coffre-fort</translation>
    </message>
    <message>
        <source>hrdesk keeps your cases and contacts in one encrypted vault on this computer. Choose a passphrase to lock it: four or more unrelated words are easier to remember and much harder to guess than a short password.</source>
        <translation>hrdesk conserve vos dossiers et vos contacts dans un seul coffre-fort chiffré, sur cet ordinateur. Choisissez une phrase de passe pour le verrouiller&#xa0;: quatre mots sans rapport entre eux, ou davantage, sont plus faciles à retenir et bien plus difficiles à deviner qu’un mot de passe court.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Confirmer la phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the hrdesk developers, not anyone else. There is no reset. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez cette phrase de passe, personne ne pourra ouvrir le coffre-fort&#xa0;: ni vous, ni les développeurs de hrdesk, ni qui que ce soit d’autre. Aucune réinitialisation n’est possible. Notez-la et conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase &amp;cannot be recovered</source>
        <translation>Je comprends qu’une phrase de passe oubliée ne peut pas être &amp;récupérée</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>Créer le co&amp;ffre-fort</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Starting again on a new computer?</source>
        <translation>Vous repartez sur un nouvel ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Please confirm that you understand a forgotten passphrase cannot be recovered.</source>
        <translation>Veuillez confirmer que vous avez compris qu’une phrase de passe oubliée ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre-fort…</translation>
    </message>
    <message>
        <source>The vault could not be written: %1</source>
        <translation>Impossible d’enregistrer le coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>The vault could not be created. Check that the folder is writable and try again.</source>
        <translation>Impossible de créer le coffre-fort. Vérifiez que vous avez le droit d’écrire dans ce répertoire, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DangerLink</name>
    <message>
        <source>In danger now? What to do tonight</source>
        <translation>En danger maintenant&#xa0;? Que faire ce soir</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year: March 2024</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from a date until another</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-05).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Saisissez une année (2024), un mois (2024-03) ou un jour (2024-03-05).</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no year 0.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: l’année 0 n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: le mois %2 n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a date: %2 has only %n days.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2 ne compte que %n jour.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2 ne compte que %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosurePreview</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>What each printout will contain</source>
        <translation>Contenu de chaque document imprimé</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Événement de la chronologie</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Sollicitation</translation>
    </message>
    <message numerus="yes">
        <source>In the brief you hand over (%n item(s))</source>
        <translation>
            <numerusform>Dans la note de synthèse à remettre (%n élément)</numerusform>
            <numerusform>Dans la note de synthèse à remettre (%n éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in your speaker notes (%n item(s))</source>
        <translation>
            <numerusform>Uniquement dans votre aide-mémoire (%n élément)</numerusform>
            <numerusform>Uniquement dans votre aide-mémoire (%n éléments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no printout (%n item(s))</source>
        <translation>
            <numerusform>Dans aucun document imprimé (%n élément)</numerusform>
            <numerusform>Dans aucun document imprimé (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>disclosure level: what it means</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Case details and your request (%n)</source>
        <translation>
            <numerusform>Informations sur le dossier et votre demande (%n)</numerusform>
            <numerusform>Informations sur le dossier et votre demande (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Personne en danger</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <source>Support asked for</source>
        <translation>Soutien demandé</translation>
    </message>
    <message>
        <source>Embassies</source>
        <translation>Ambassades</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>Ce que l’ambassade pourrait faire</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Meeting request email</source>
        <translation>Courriel de demande d’entretien</translation>
    </message>
    <message>
        <source>A short first message, as the reference advises: who you are, what your work is, and that you want to discuss a human rights concern, with no names or details of the case. Fill in the brackets, then copy it into your own mail program. hrdesk never sends anything.</source>
        <translation>Un premier message court, comme le conseille la référence&#xa0;: qui vous êtes, en quoi consiste votre travail et que vous souhaitez évoquer une question de droits humains, sans noms ni détails du dossier. Complétez les crochets, puis copiez-le dans votre propre logiciel de messagerie. hrdesk n’envoie jamais rien.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Detailed version…</source>
        <translation>Version &amp;détaillée…</translation>
    </message>
    <message>
        <source>This detailed draft contains the facts of the case and names. Ordinary email can be read by others: send it only through a channel the embassy has confirmed as safe.</source>
        <translation>Ce brouillon détaillé contient les faits du dossier et des noms. Un courriel ordinaire peut être lu par d’autres&#xa0;: ne l’envoyez que par un canal que l’ambassade a confirmé comme sûr.</translation>
    </message>
    <message>
        <source>Use the detailed draft?</source>
        <translation>Utiliser le brouillon détaillé&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde s’il contient encore le brouillon.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes s’il contient encore le brouillon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassiesEditor</name>
    <message>
        <source>A government, for example Canada or DE</source>
        <translation>Un gouvernement, par exemple Canada ou DE</translation>
    </message>
    <message>
        <source>Government whose embassy to approach</source>
        <translation>Gouvernement dont vous solliciterez l’ambassade</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>Ambassades à solliciter</translation>
    </message>
    <message>
        <source>Add each government whose embassy you will approach.</source>
        <translation>Ajoutez chaque gouvernement dont vous solliciterez l’ambassade.</translation>
    </message>
    <message>
        <source>Consider approaching more than one embassy: guidance advises not to rely on a single government, which may be slow or unwilling to act.</source>
        <translation>Pensez à solliciter plus d’une ambassade&#xa0;: les recommandations conseillent de ne pas compter sur un seul gouvernement, qui pourrait tarder à agir ou ne pas vouloir le faire.</translation>
    </message>
    <message numerus="yes">
        <source>%n embassies: good, several governments can act together.</source>
        <translation>
            <numerusform>%n ambassade&#xa0;: très bien, plusieurs gouvernements pourront agir ensemble.</numerusform>
            <numerusform>%n ambassades&#xa0;: très bien, plusieurs gouvernements pourront agir ensemble.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassyDialog</name>
    <message>
        <source>Add an embassy</source>
        <translation>Ajouter une ambassade</translation>
    </message>
    <message>
        <source>Edit the embassy</source>
        <translation>Modifier l’ambassade</translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation>&amp;Gouvernement</translation>
    </message>
    <message>
        <source>For example: Canada</source>
        <translation>Par exemple&#xa0;: Canada</translation>
    </message>
    <message>
        <source>&amp;Office and place</source>
        <translation>&amp;Représentation et lieu</translation>
    </message>
    <message>
        <source>For example: Embassy in Tegucigalpa</source>
        <translation>Par exemple&#xa0;: Ambassade à Tegucigalpa</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <source>General &amp;contacts</source>
        <translation>&amp;Coordonnées générales</translation>
    </message>
    <message>
        <source>Switchboard, general email, address</source>
        <translation>Standard, courriel général, adresse</translation>
    </message>
    <message>
        <source>Stated &amp;priorities</source>
        <translation>&amp;Priorités déclarées</translation>
    </message>
    <message>
        <source>What this embassy says it cares about. Study it before you ask for help.</source>
        <translation>Les sujets auxquels cette ambassade dit accorder de l’importance. Étudiez-les avant de demander de l’aide.</translation>
    </message>
</context>
<context>
    <name>EmbassyPage</name>
    <message>
        <source>%1 (expected)</source>
        <comment>an expected end of posting</comment>
        <translation>%1 (date prévue)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Ajouter un diplomate</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Stated priorities</source>
        <translation>Priorités déclarées</translation>
    </message>
    <message>
        <source>&amp;Who held each role over time</source>
        <translation>&amp;Qui a occupé chaque fonction au fil du temps</translation>
    </message>
    <message>
        <source>Who held each role over time</source>
        <translation>Qui a occupé chaque fonction au fil du temps</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No officers recorded here yet. Add the people you meet; when one leaves, record the successor.</source>
        <translation>Aucun diplomate enregistré ici pour l’instant. Ajoutez les personnes que vous rencontrez&#xa0;; quand l’une d’elles part, indiquez qui lui succède.</translation>
    </message>
    <message>
        <source>&amp;Requests and commitments</source>
        <translation>Demandes et en&amp;gagements</translation>
    </message>
    <message>
        <source>Requests and commitments tracked with this embassy</source>
        <translation>Demandes et engagements suivis avec cette ambassade</translation>
    </message>
    <message>
        <source>Nothing tracked with this embassy yet.</source>
        <translation>Aucune demande ni aucun engagement avec cette ambassade pour l’instant.</translation>
    </message>
    <message>
        <source>No interactions with this embassy yet.</source>
        <translation>Aucun échange avec cette ambassade pour l’instant.</translation>
    </message>
    <message>
        <source>Delete this embassy?</source>
        <translation>Supprimer cette ambassade&#xa0;?</translation>
    </message>
    <message>
        <source>%1 and the requests tracked with it will be removed from the contact log.</source>
        <translation>Cette opération retirera du journal des contacts %1 et les demandes suivies qui y sont liées.</translation>
    </message>
    <message>
        <source>The embassy was kept</source>
        <translation>L’ambassade a été conservée</translation>
    </message>
</context>
<context>
    <name>EmergencyEraseDialog</name>
    <message>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <source>Emergency erase — hrdesk</source>
        <translation>Effacement d’urgence — hrdesk</translation>
    </message>
    <message>
        <source>Erase the vault now?</source>
        <translation>Effacer le coffre-fort maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s key at once, then deletes the vault, its automatic backups and the system keyring entry. Nobody can open it afterwards, not even with the passphrase. It cannot be undone. Backups you saved elsewhere are not touched.</source>
        <translation>Cette action détruit immédiatement la clé du coffre-fort, puis supprime le coffre-fort, ses sauvegardes automatiques et l’entrée du trousseau de clés du système. Personne ne pourra plus l’ouvrir, même avec la phrase de passe. C’est irréversible. Les sauvegardes que vous avez enregistrées ailleurs ne sont pas touchées.</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>Pour confirmer, saisissez %1 ici&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Reference entry</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Facts last checked: %1</source>
        <translation>Dernière vérification des faits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Ouvrir une page web&#xa0;?</translation>
    </message>
    <message>
        <source>This opens %1 in your web browser. It leaves hrdesk, which works offline: the website, your internet provider and anyone watching the network can see the visit.</source>
        <translation>Cette action ouvre %1 dans votre navigateur web, en dehors de hrdesk, qui fonctionne hors ligne&#xa0;: le site web, votre fournisseur d’accès à Internet et toute personne qui surveille le réseau pourront voir cette visite.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>hrdesk met an unexpected problem and could not finish what you asked. What you saved before is safe. If it happens again, lock the vault and open it again.</source>
        <translation>hrdesk a rencontré un problème inattendu et n’a pas pu terminer ce que vous avez demandé. Ce que vous aviez enregistré avant est en sécurité. Si cela se reproduit, verrouillez le coffre-fort puis déverrouillez-le.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over open items</source>
        <translation>Transmettre les points en cours</translation>
    </message>
    <message>
        <source>Hand over what %1 left open</source>
        <translation>Transmettre ce que %1 a laissé en cours</translation>
    </message>
    <message>
        <source>%1 has left, but these are still open with them:</source>
        <translation>%1 est parti, mais ces points sont toujours en cours à son nom :</translation>
    </message>
    <message>
        <source>Hand them to</source>
        <translation>Les transmettre à</translation>
    </message>
    <message>
        <source>A colleague at the same embassy:</source>
        <translation>Un collègue de la même ambassade :</translation>
    </message>
    <message>
        <source>The colleague who takes them over</source>
        <translation>Le collègue qui les reprend</translation>
    </message>
    <message>
        <source>The embassy, with no officer named, until you know who takes over</source>
        <translation>L’ambassade, sans diplomate désigné, jusqu’à ce que vous sachiez qui prend le relais</translation>
    </message>
    <message>
        <source>Past interactions still name %1: only what is open moves. Cancel leaves everything with them; you can hand it over later from their page.</source>
        <translation>Les échanges passés mentionnent toujours %1 : seuls les points en cours sont transmis. Annuler laisse tout à son nom ; vous pourrez les transmettre plus tard depuis sa page.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Transmettre</translation>
    </message>
</context>
<context>
    <name>HandOverTexts</name>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n demande en cours</numerusform>
            <numerusform>%n demandes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s)</source>
        <translation>
            <numerusform>%n engagement en cours</numerusform>
            <numerusform>%n engagements en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) still to make</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Now with %1:</source>
        <translation>Désormais avec %1 :</translation>
    </message>
    <message>
        <source>Now with the embassy, no officer named:</source>
        <translation>Désormais avec l’ambassade, sans diplomate désigné :</translation>
    </message>
    <message>
        <source>They are in the Tracker and on Today. To undo, use Undo the hand-over on this page.</source>
        <translation>Vous les retrouvez dans Demandes et engagements et dans Aujourd’hui. Pour revenir en arrière, utilisez « Annuler la transmission » sur cette page.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — hrdesk</source>
        <translation>Aide — hrdesk</translation>
    </message>
    <message>
        <source>Help sections</source>
        <translation>Rubriques de l’aide</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>hrdesk helps you prepare to ask a foreign embassy for help: what you ask for, the facts of your case as a timeline, and what you have already done. Everything is kept in one encrypted vault on this computer, opened with your passphrase.</source>
        <translation>hrdesk vous aide à préparer une demande d’aide auprès d’une ambassade étrangère&#xa0;: ce que vous demandez, les faits de votre dossier sous forme de chronologie et ce que vous avez déjà fait. Tout est conservé dans un seul coffre-fort chiffré sur cet ordinateur, qui s’ouvre avec votre phrase de passe.</translation>
    </message>
    <message>
        <source>The sections on the side are Today (Ctrl+1), Cases (Ctrl+2), Contacts (Ctrl+3), Reference (Ctrl+4) and Settings (Ctrl+5). Today shows what is due and what is coming up. Reference holds offline guidance on what embassies can do, emergency funds, visas and sanctions.</source>
        <translation>Les sections sur le côté sont Aujourd’hui (Ctrl+1), Dossiers (Ctrl+2), Contacts (Ctrl+3), Fiches pratiques (Ctrl+4) et Paramètres (Ctrl+5). Aujourd’hui affiche ce qui arrive à échéance et ce qui approche. Les Fiches pratiques rassemblent, hors ligne, ce que les ambassades peuvent faire, les fonds d’urgence, les visas et les sanctions.</translation>
    </message>
    <message>
        <source>If you are in danger now, press Ctrl+Shift+D: it opens what to do tonight. The language can be changed at any time in the View menu.</source>
        <translation>Si vous êtes en danger maintenant, appuyez sur Ctrl+Shift+D&#xa0;: vous verrez ce que vous pouvez faire dès ce soir. La langue se change à tout moment dans le menu Affichage.</translation>
    </message>
    <message>
        <source>The case wizard</source>
        <translation>L’assistant de dossier</translation>
    </message>
    <message>
        <source>A case is prepared in five steps, shown across the top: Basics, Request, Timeline, Prior outreach and Review. You can go to any step at any time, in any order.</source>
        <translation>Un dossier se prépare en cinq étapes, affichées en haut&#xa0;: Informations de base, Demande, Chronologie, Sollicitations précédentes et Vérification. Vous pouvez aller à n’importe quelle étape, à tout moment et dans l’ordre de votre choix.</translation>
    </message>
    <message>
        <source>Basics: who is at risk, where, and three facts that shape the advice. Request: the support you ask for and from which embassies. Timeline: the events of the case, one by one, with their dates. Prior outreach: who you have already asked, and what they answered.</source>
        <translation>Informations de base&#xa0;: qui est en danger, où, et trois faits qui orientent les conseils. Demande&#xa0;: le soutien que vous demandez et à quelles ambassades. Chronologie&#xa0;: les événements du dossier, un par un, avec leur date. Sollicitations précédentes&#xa0;: à qui vous vous êtes déjà adressé, et ce qui vous a été répondu.</translation>
    </message>
    <message>
        <source>Review lists what is still missing and takes you to the step that fixes it. There is nothing to finish or save: every change is saved in the vault as you type.</source>
        <translation>La Vérification liste ce qui manque encore et vous mène à l’étape où le compléter. Rien à terminer ni à enregistrer&#xa0;: chaque modification est enregistrée dans le coffre-fort au fil de la saisie.</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>Contacts et relances</translation>
    </message>
    <message>
        <source>Contacts is your contact log: the embassies you deal with, the officers you meet there, and each call, meeting or message.</source>
        <translation>Contacts est votre journal des contacts&#xa0;: les ambassades avec lesquelles vous êtes en relation, les diplomates que vous y rencontrez, et chaque appel, rendez-vous ou message.</translation>
    </message>
    <message>
        <source>Embassies rarely call back. After every meeting, note what was promised and when to follow up; Today reminds you when the date comes.</source>
        <translation>Les ambassades rappellent rarement. Après chaque rendez-vous, notez ce qui a été promis et quand relancer&#xa0;; Aujourd’hui vous le rappelle le moment venu.</translation>
    </message>
    <message>
        <source>Officers move to another post every three or four years. hrdesk shows when an officer is likely to leave, so you can ask in time for a new point of contact.</source>
        <translation>Les diplomates changent de poste tous les trois ou quatre ans. hrdesk indique quand votre interlocuteur risque de partir, pour que vous demandiez à temps un nouvel interlocuteur.</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>La note de synthèse</translation>
    </message>
    <message>
        <source>The brief is the document you bring to the meeting: your request, the timeline of events and your previous outreach, on a few printed pages marked confidential.</source>
        <translation>La note de synthèse est le document que vous apportez au rendez-vous&#xa0;: votre demande, la chronologie des événements et vos sollicitations précédentes, en quelques pages imprimées portant la mention confidentiel.</translation>
    </message>
    <message>
        <source>Export it as a PDF from the case, in the language of the embassy. Items you marked “Never print” are left out. You can protect the PDF with a password; give the password by another channel than the file.</source>
        <translation>Exportez-la en PDF depuis le dossier, dans la langue de l’ambassade. Les éléments marqués «&#xa0;Ne jamais imprimer&#xa0;» n’y figurent pas. Vous pouvez protéger le PDF par un mot de passe&#xa0;; transmettez ce mot de passe par un autre canal que le fichier.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is one encrypted file that holds the whole vault. Make one in Settings with Back up now, and keep it on a USB stick or another computer, away from this one.</source>
        <translation>Une sauvegarde est un seul fichier chiffré qui contient tout le coffre-fort. Créez-la dans Paramètres avec «&#xa0;Sauvegarder maintenant&#xa0;», et conservez-la sur une clé USB ou un autre ordinateur, loin de celui-ci.</translation>
    </message>
    <message>
        <source>hrdesk also keeps a few automatic backups inside the vault folder. They help after a mistake or a damaged file, but not if this computer is lost or seized.</source>
        <translation>hrdesk garde aussi quelques sauvegardes automatiques dans le dossier du coffre-fort. Elles servent après une erreur ou un fichier endommagé, mais pas si cet ordinateur est perdu ou saisi.</translation>
    </message>
    <message>
        <source>To start again on a new computer, choose Restore from a backup when hrdesk asks you to create a vault, and type the backup&apos;s passphrase.</source>
        <translation>Pour repartir sur un nouvel ordinateur, choisissez «&#xa0;Restaurer une sauvegarde&#xa0;» quand hrdesk vous propose de créer un coffre-fort, puis saisissez la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>Verrouiller et masquer</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault: every window that showed your cases closes, and only your passphrase opens it again. hrdesk also locks itself after a few idle minutes (you can change how many in Settings) and when you quit.</source>
        <translation>Ctrl+L verrouille le coffre-fort&#xa0;: toutes les fenêtres qui affichaient vos dossiers se ferment, et seule votre phrase de passe le rouvre. hrdesk se verrouille aussi de lui-même après quelques minutes d’inactivité (leur nombre se règle dans Paramètres) et quand vous quittez.</translation>
    </message>
    <message>
        <source>Lock and hide (Ctrl+Shift+L unless you changed it in Settings) locks the vault and hides every hrdesk window at once, even while a dialog is open.</source>
        <translation>Verrouiller et masquer (Ctrl+Shift+L, sauf si vous l’avez changé dans Paramètres) verrouille le coffre-fort et masque d’un coup toutes les fenêtres de hrdesk, même quand une boîte de dialogue est ouverte.</translation>
    </message>
    <message>
        <source>On Windows and macOS, hrdesk asks the system to keep its window out of screenshots and screen sharing. Linux cannot do this: lock hrdesk before you share your screen.</source>
        <translation>Sous Windows et macOS, hrdesk demande au système de tenir sa fenêtre à l’écart des captures d’écran et du partage d’écran. Linux ne le permet pas&#xa0;: verrouillez hrdesk avant de partager votre écran.</translation>
    </message>
    <message>
        <source>In Settings you can also erase the vault after too many wrong passphrases in a row, or erase it at once in an emergency. An erased vault cannot be brought back, except from a backup kept elsewhere.</source>
        <translation>Dans Paramètres, vous pouvez aussi faire effacer le coffre-fort après trop de phrases de passe erronées d’affilée, ou l’effacer sur-le-champ en cas d’urgence. Un coffre-fort effacé ne peut pas être récupéré, sauf à partir d’une sauvegarde conservée ailleurs.</translation>
    </message>
    <message>
        <source>What leaves the computer</source>
        <translation>Ce qui sort de l’ordinateur</translation>
    </message>
    <message>
        <source>Nothing, unless you export it. hrdesk never connects to the network: no update checks, no statistics, no cloud.</source>
        <translation>Rien, sauf ce que vous exportez. hrdesk ne se connecte jamais au réseau&#xa0;: pas de recherche de mises à jour, pas de statistiques, pas de cloud.</translation>
    </message>
    <message>
        <source>Something leaves the vault only when you do one of these: export a brief or an accountability package (a PDF, with a password if you choose one), export a case file, make a backup, print, or copy an email draft.</source>
        <translation>Quelque chose ne sort du coffre-fort que lorsque vous faites l’une de ces actions&#xa0;: exporter une note de synthèse ou un dossier de demande de sanctions (un PDF, protégé par un mot de passe si vous en choisissez un), exporter un fichier de dossier, faire une sauvegarde, imprimer ou copier un brouillon de courriel.</translation>
    </message>
    <message>
        <source>A case file is not encrypted: anyone who finds it can read it. A backup is encrypted. An email draft copied to the clipboard is cleared from it after a minute. Delete exported files you no longer need.</source>
        <translation>Un fichier de dossier n’est pas chiffré&#xa0;: quiconque le trouve peut le lire. Une sauvegarde, elle, est chiffrée. Un brouillon de courriel copié dans le presse-papiers en est effacé au bout d’une minute. Supprimez les fichiers exportés dont vous n’avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Edit the interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Type de contact</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>Avec &amp;qui</translation>
    </message>
    <message>
        <source>Type to find an officer</source>
        <translation>Tapez un nom pour rechercher</translation>
    </message>
    <message>
        <source>Find an officer</source>
        <translation>Rechercher un diplomate</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <comment>officer name — role, then the embassy on a second line</comment>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>For which &amp;cases</source>
        <translation>Dossiers &amp;concernés</translation>
    </message>
    <message>
        <source>No open cases. You can link this interaction to a case later.</source>
        <translation>Aucun dossier ouvert. Vous pourrez relier cet échange à un dossier plus tard.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>Ce qui s’est passé, en quelques lignes</translation>
    </message>
    <message>
        <source>What you &amp;asked for</source>
        <translation>Ce que vous avez de&amp;mandé</translation>
    </message>
    <message>
        <source>What the embassy co&amp;mmitted to</source>
        <translation>Ce à quoi l’ambassade s’est en&amp;gagée</translation>
    </message>
    <message>
        <source>Even “we are looking into it” counts: officers often cannot say more.</source>
        <translation>Même «&#xa0;nous examinons la question&#xa0;» compte&#xa0;: les diplomates ne peuvent souvent pas en dire plus.</translation>
    </message>
    <message>
        <source>Add the request to the tracker</source>
        <translation>Ajouter la demande au tableau de suivi</translation>
    </message>
    <message>
        <source>Add the commitment to the tracker</source>
        <translation>Ajouter l’engagement au tableau de suivi</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>Re&amp;lance</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Me rappeler le</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Followed up already</source>
        <translation>Relance déjà faite</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the interaction?</source>
        <translation>Supprimer l’échange&#xa0;?</translation>
    </message>
    <message>
        <source>It disappears from every history: the officers&apos;, the embassy&apos;s and the cases&apos;.</source>
        <translation>Cet échange disparaîtra de tous les historiques&#xa0;: ceux des diplomates, de l’ambassade et des dossiers.</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type a year (2019), a month (2019-03) or a day (2019-03-05). Put ~ in front when the date is approximate: ~2019.</source>
        <translation>Saisissez une année (2019), un mois (2019-03) ou un jour (2019-03-05). Placez ~ devant une date approximative&#xa0;: ~2019.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Aucune personne en particulier</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>Suivre une demande ou un engagement</translation>
    </message>
    <message>
        <source>Edit the tracked item</source>
        <translation>Modifier l’élément suivi</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Trial observation, a public statement, a visa referral, a support letter…</source>
        <translation>Observation d’un procès, déclaration publique, recommandation pour un visa, lettre de soutien…</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>A&amp;mbassade</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>W&amp;ith whom</source>
        <translation>Avec &amp;qui</translation>
    </message>
    <message>
        <source>What &amp;they said</source>
        <translation>&amp;Réponse obtenue</translation>
    </message>
    <message>
        <source>For example: “We are working on it” (they may not be able to say more)</source>
        <translation>Par exemple&#xa0;: «&#xa0;Nous y travaillons&#xa0;» (l’ambassade ne peut pas toujours en dire plus)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Promised or needed by</source>
        <translation>Promis ou attendu pour le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>&amp;Prochaine relance</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Me rappeler le</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the tracked item?</source>
        <translation>Supprimer l’élément suivi&#xa0;?</translation>
    </message>
    <message>
        <source>Its follow-up reminder is deleted too.</source>
        <translation>Le rappel de relance associé sera également supprimé.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The end date (%1) is before the start date (%2). Change one of them.</source>
        <translation>La date de fin (%1) est antérieure à la date de début (%2). Modifiez l’une des deux.</translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>%1 (Insert or Ctrl+N)</source>
        <translation>%1 (Insert ou Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>Dupliquer les lignes sélectionnées (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); you can undo it</source>
        <translation>Supprimer les lignes sélectionnées (Delete)&#xa0;; vous pourrez annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public statement, alone or jointly with other embassies</source>
        <translation>Déclaration publique, seule ou conjointe avec d’autres ambassades</translation>
    </message>
    <message>
        <source>Field visit to the office or community</source>
        <translation>Visite sur place, au bureau ou dans la communauté</translation>
    </message>
    <message>
        <source>Raising concerns with the host government or military through diplomatic channels</source>
        <translation>Faire part de préoccupations au gouvernement du pays hôte ou à l’armée par la voie diplomatique</translation>
    </message>
    <message>
        <source>Physical accompaniment</source>
        <translation>Accompagnement physique</translation>
    </message>
    <message>
        <source>Emergency visa or relocation support</source>
        <translation>Visa d’urgence ou aide à la relocalisation</translation>
    </message>
    <message>
        <source>Pressure to investigate and prosecute</source>
        <translation>Pression pour obtenir une enquête et des poursuites</translation>
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation>Observation des procès</translation>
    </message>
    <message>
        <source>Prison visit</source>
        <translation>Visite en prison</translation>
    </message>
    <message>
        <source>Mention in the annual human rights report</source>
        <translation>Mention dans le rapport annuel sur les droits humains</translation>
    </message>
    <message>
        <source>Funding for civil society</source>
        <translation>Financement de la société civile</translation>
    </message>
    <message>
        <source>Connecting to emergency assistance programmes</source>
        <translation>Mise en relation avec des programmes d’aide d’urgence</translation>
    </message>
    <message>
        <source>Hosting a meeting with other stakeholders</source>
        <translation>Organisation d’une réunion avec d’autres acteurs concernés</translation>
    </message>
    <message>
        <source>Attending court hearings</source>
        <translation>Présence aux audiences</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Agression physique</translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation>Arrestation ou détention</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Inculpation</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Raid</source>
        <translation>Perquisition</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>Campagne de dénigrement</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a public or private event where someone was approached</comment>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel of outreach</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>À remettre</translation>
    </message>
    <message>
        <source>For my eyes</source>
        <translation>Pour moi uniquement</translation>
    </message>
    <message>
        <source>Never print</source>
        <translation>Ne jamais imprimer</translation>
    </message>
    <message>
        <source>Printed in the brief you give to the embassy.</source>
        <translation>Imprimé dans la note de synthèse que vous remettez à l’ambassade.</translation>
    </message>
    <message>
        <source>Printed only in your own speaker notes.</source>
        <translation>Imprimé uniquement dans votre aide-mémoire.</translation>
    </message>
    <message>
        <source>In no printout. A case file includes it only when you ask for it.</source>
        <translation>Dans aucun document imprimé. Un fichier de dossier ne l’inclut que si vous le demandez.</translation>
    </message>
    <message>
        <source>Human rights officer</source>
        <translation>Responsable des droits humains</translation>
    </message>
    <message>
        <source>Political officer</source>
        <translation>Responsable des affaires politiques</translation>
    </message>
    <message>
        <source>Economic officer</source>
        <translation>Responsable des affaires économiques</translation>
    </message>
    <message>
        <source>Labour officer</source>
        <translation>Responsable des questions de travail</translation>
    </message>
    <message>
        <source>Consular officer</source>
        <translation>Responsable des affaires consulaires</translation>
    </message>
    <message>
        <source>Defence attaché</source>
        <translation>Attaché de défense</translation>
    </message>
    <message>
        <source>Law-enforcement staff</source>
        <translation>Personnel chargé des questions de police</translation>
    </message>
    <message>
        <source>Intelligence staff</source>
        <translation>Personnel chargé du renseignement</translation>
    </message>
    <message>
        <source>Deputy chief of mission</source>
        <translation>Chef de mission adjoint</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur ou ambassadrice</translation>
    </message>
    <message>
        <source>Other officer</source>
        <translation>Autre diplomate</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of a case</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>status of a case</comment>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Your request is stated</source>
        <translation>Votre demande est formulée</translation>
    </message>
    <message>
        <source>The timeline has at least one event</source>
        <translation>La chronologie compte au moins un événement</translation>
    </message>
    <message>
        <source>Prior outreach is recorded, or marked as none</source>
        <translation>Les sollicitations précédentes sont notées, ou vous avez indiqué qu’il n’y en a pas</translation>
    </message>
    <message>
        <source>The officers to meet are chosen</source>
        <translation>Les diplomates à rencontrer sont choisis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Extrajudicial killing</source>
        <translation>Exécution extrajudiciaire</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Torture</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Disparition forcée</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Détention arbitraire</translation>
    </message>
    <message>
        <source>Rape under colour of law</source>
        <translation>Viol commis sous couvert de l’autorité publique</translation>
    </message>
    <message>
        <source>Significant corruption</source>
        <translation>Corruption importante</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>Indiquer le départ</translation>
    </message>
    <message>
        <source>%1 has left the post</source>
        <translation>%1 a quitté son poste</translation>
    </message>
    <message>
        <source>Their history stays in the log. Record who took over, so the embassy&apos;s page shows who held the role over time and you know whom to contact next.</source>
        <translation>Son historique reste dans le journal. Indiquez qui prend la relève&#xa0;: la page de l’ambassade montrera qui a occupé chaque fonction au fil du temps, et vous saurez qui contacter ensuite.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Date de départ</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Qui prend la relève</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Une nouvelle personne</translation>
    </message>
    <message>
        <source>The successor&apos;s name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>Email (if you have it)</source>
        <translation>Courriel (si vous l’avez)</translation>
    </message>
    <message>
        <source>The successor&apos;s email</source>
        <translation>Courriel de la nouvelle personne</translation>
    </message>
    <message>
        <source>The successor&apos;s role</source>
        <translation>Fonction de la nouvelle personne</translation>
    </message>
    <message>
        <source>Someone already in the log</source>
        <translation>Une personne déjà dans le journal</translation>
    </message>
    <message>
        <source>Successor already in the log</source>
        <translation>Personne du journal qui prend la relève</translation>
    </message>
    <message>
        <source>Not known yet: remind me to ask the embassy</source>
        <translation>Je ne sais pas encore&#xa0;: me rappeler de poser la question à l’ambassade</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>&amp;Interactions</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>Di&amp;plomates</translation>
    </message>
    <message>
        <source>&amp;Embassies</source>
        <translation>A&amp;mbassades</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Demandes et engagements</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>No interactions logged yet</source>
        <translation>Aucun échange noté pour l’instant</translation>
    </message>
    <message>
        <source>Log every meeting, call, email or event with an embassy, with a date to follow up. Embassies rarely call back, and being known as a reliable source helps in an emergency.</source>
        <translation>Notez chaque entretien, appel, courriel ou événement avec une ambassade, avec une date de relance. Les ambassades rappellent rarement d’elles-mêmes, et une réputation de source fiable vous aidera en cas d’urgence.</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>No officers yet</source>
        <translation>Aucun diplomate pour l’instant</translation>
    </message>
    <message>
        <source>Add the officers you meet: the human rights officer first, and others as your cases need. With a posting start date you are reminded to ask for a new contact before they rotate.</source>
        <translation>Ajoutez les diplomates que vous rencontrez&#xa0;: d’abord le ou la responsable des droits humains, puis d’autres selon les besoins de vos dossiers. Si vous indiquez le début de leur affectation, hrdesk vous rappellera de demander un nouvel interlocuteur avant leur changement de poste.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Ajouter un diplomate</translation>
    </message>
    <message>
        <source>No embassies yet</source>
        <translation>Aucune ambassade pour l’instant</translation>
    </message>
    <message>
        <source>Start with the embassies you work with: the government, where the office is, and the priorities it states. Study those priorities before you ask for help.</source>
        <translation>Commencez par les ambassades avec lesquelles vous travaillez&#xa0;: le gouvernement représenté, le lieu de la représentation et les priorités qu’elle affiche. Étudiez ces priorités avant de demander de l’aide.</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>Ajouter une ambassade</translation>
    </message>
    <message>
        <source>Nothing tracked yet</source>
        <translation>Aucune demande ni aucun engagement pour l’instant</translation>
    </message>
    <message>
        <source>Every request you make (trial observation, a statement, a visa referral, a support letter) and every commitment an officer makes can be tracked here until it is done.</source>
        <translation>Chaque demande que vous faites (observation d’un procès, déclaration, recommandation pour un visa, lettre de soutien) et chaque engagement pris par un diplomate peuvent être suivis ici jusqu’à leur réalisation.</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>Suivre une demande ou un engagement</translation>
    </message>
    <message>
        <source>Start with the embassy: officers, interactions and requests all belong to one.</source>
        <translation>Commencez par l’ambassade : diplomates, échanges et demandes se rattachent tous à une ambassade.</translation>
    </message>
    <message>
        <source>An interaction is with an officer: add the officer you met first.</source>
        <translation>Un échange a lieu avec un diplomate : ajoutez d’abord le diplomate rencontré.</translation>
    </message>
    <message>
        <source>No open requests or commitments</source>
        <translation>Aucune demande ni aucun engagement en cours</translation>
    </message>
    <message>
        <source>Everything tracked is done, declined or not tracked yet. Untick “Open items only” to see closed ones.</source>
        <translation>Tout ce qui est suivi est réalisé ou refusé, ou rien n’est encore suivi. Décochez « En cours seulement » pour voir les éléments clos.</translation>
    </message>
    <message>
        <source>O&amp;pen items only</source>
        <translation>En &amp;cours seulement</translation>
    </message>
    <message>
        <source>Hide requests and commitments that are done or declined</source>
        <translation>Masquer les demandes et engagements réalisés ou refusés</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Cases are prepared in the Cases section. Their contact history with embassies appears here.</source>
        <translation>Les dossiers se préparent dans la rubrique Dossiers. Leur historique de contacts avec les ambassades s’affiche ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hrdesk</source>
        <translation>hrdesk</translation>
    </message>
    <message>
        <source>Demo — nothing you enter here is kept. The demo vault is erased when you quit.</source>
        <translation>Démonstration — rien de ce que vous saisissez ici n’est conservé. Le coffre-fort de démonstration est effacé quand vous quittez l’application.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About hrdesk</source>
        <translation>À &amp;propos de hrdesk</translation>
    </message>
    <message>
        <source>hrdesk &amp;Help</source>
        <translation>&amp;Aide de hrdesk</translation>
    </message>
    <message>
        <source>&amp;Safety habits</source>
        <translation>&amp;Bons réflexes de sécurité</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>En danger maintenant</translation>
    </message>
    <message>
        <source>What to do tonight if you are in danger (%1)</source>
        <translation>Que faire ce soir si vous êtes en danger (%1)</translation>
    </message>
    <message>
        <source>&amp;In danger now</source>
        <translation>&amp;En danger maintenant</translation>
    </message>
    <message>
        <source>About hrdesk</source>
        <translation>À propos de hrdesk</translation>
    </message>
    <message>
        <source>hrdesk %1

Prepare, safely and offline, to ask foreign embassies for help. Everything stays in one encrypted vault on this computer; hrdesk never uses the network.</source>
        <translation>hrdesk %1

Préparez-vous, en toute sécurité et hors ligne, à demander l’aide d’ambassades étrangères. Tout reste dans un seul coffre-fort chiffré, sur cet ordinateur&#xa0;; hrdesk n’utilise jamais le réseau.</translation>
    </message>
</context>
<context>
    <name>NewCaseRow</name>
    <message>
        <source>&amp;Title of the new case:</source>
        <translation>&amp;Titre du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>For example: Land defenders of the river valley</source>
        <translation>Par exemple&#xa0;: Défenseurs de la terre de la vallée du fleuve</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Titre du nouveau dossier</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A case needs a title. Type a few words that you will recognise.</source>
        <translation>Un dossier a besoin d’un titre. Saisissez quelques mots que vous reconnaîtrez.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Suggérer une phrase de passe</translation>
    </message>
    <message>
        <source>The word list is missing, so no passphrase can be suggested.</source>
        <translation>La liste de mots est introuvable&#xa0;: aucune phrase de passe ne peut être suggérée.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La phrase de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases de passe ne sont pas identiques. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>%1

Someone who takes or copies this computer can try guesses against the vault for as long as they like. A passphrase like this one could be found, and with it every case and contact in the vault.

Use it anyway?</source>
        <translation>%1

Quiconque emporte ou copie cet ordinateur peut essayer des phrases de passe sur le coffre-fort aussi longtemps qu’il le souhaite. Une phrase comme celle-ci pourrait être trouvée, et avec elle tous les dossiers et contacts du coffre-fort.

L’utiliser quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Use a passphrase that is not strong?</source>
        <translation>Utiliser une phrase de passe qui n’est pas robuste&#xa0;?</translation>
    </message>
    <message>
        <source>Very weak.</source>
        <translation>Très faible.</translation>
    </message>
    <message>
        <source>Weak.</source>
        <translation>Faible.</translation>
    </message>
    <message>
        <source>Fair, but not strong.</source>
        <translation>Moyenne&#xa0;: pas robuste.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords.</source>
        <translation>C’est l’un des mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>A single common word is easy to guess.</source>
        <translation>Un seul mot courant se devine facilement.</translation>
    </message>
    <message>
        <source>It contains a name.</source>
        <translation>Elle contient un nom.</translation>
    </message>
    <message>
        <source>It contains a year or a date.</source>
        <translation>Elle contient une année ou une date.</translation>
    </message>
    <message>
        <source>It follows the keys of a keyboard.</source>
        <translation>Elle suit les touches du clavier.</translation>
    </message>
    <message>
        <source>It repeats letters or words.</source>
        <translation>Elle répète des lettres ou des mots.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>Elle contient une suite comme abc ou 123.</translation>
    </message>
    <message>
        <source>Symbols in place of letters (@ for a) do not fool guessing programs.</source>
        <translation>Remplacer des lettres par des symboles (@ pour a) ne trompe pas les logiciels qui devinent les mots de passe.</translation>
    </message>
    <message>
        <source>Add another word or two, or use a suggested passphrase.</source>
        <translation>Ajoutez un ou deux mots, ou utilisez une phrase de passe suggérée.</translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces.</source>
        <translation>Une phrase de passe ne peut pas être faite uniquement d’espaces.</translation>
    </message>
    <message numerus="yes">
        <source>%n random words, hidden until you press the eye. Write them down, then type them again in the repeat field.</source>
        <translation>
            <numerusform>%n mot tiré au hasard, masqué jusqu’à ce que vous cliquiez sur l’œil. Notez-le, puis saisissez-le à nouveau dans le champ de confirmation.</numerusform>
            <numerusform>%n mots tirés au hasard, masqués jusqu’à ce que vous cliquiez sur l’œil. Notez-les, puis saisissez-les à nouveau dans le champ de confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Trop courte&#xa0;: utilisez au moins %n caractère.</numerusform>
            <numerusform>Trop courte&#xa0;: utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Ajouter un diplomate</translation>
    </message>
    <message>
        <source>Edit the officer</source>
        <translation>Modifier les informations du diplomate</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>Am&amp;bassade</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Secure messaging</source>
        <translation>Messagerie &amp;sécurisée</translation>
    </message>
    <message>
        <source>Signal, Wire or another app, and the handle</source>
        <translation>Signal, Wire ou une autre application, et l’identifiant</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <source>Posting started</source>
        <translation>Début d’affectation</translation>
    </message>
    <message>
        <source>Expected to &amp;leave</source>
        <translation>Départ &amp;prévu</translation>
    </message>
    <message>
        <source>Officers move on every three or four years: expect them to leave from around %1.</source>
        <translation>Les diplomates changent de poste tous les trois ou quatre ans&#xa0;: attendez-vous à un départ à partir du %1 environ.</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Posting s&amp;tarted</source>
        <translation>&amp;Début d’affectation</translation>
    </message>
    <message>
        <source>Another date than three years after the start</source>
        <translation>Une autre date que trois ans après le début</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Still in post: undo “left”</source>
        <translation>Toujours en poste&#xa0;: annuler le départ</translation>
    </message>
    <message>
        <source>Without a start date there is no expected end, and no reminder before they leave.</source>
        <translation>Sans date de début, pas de fin d’affectation prévue ni de rappel avant le départ.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Left the post.</source>
        <translation>A quitté son poste.</translation>
    </message>
    <message>
        <source>In post from %1 until %2.</source>
        <translation>En poste du %1 au %2.</translation>
    </message>
    <message>
        <source>Left the post on %1.</source>
        <translation>A quitté son poste le %1.</translation>
    </message>
    <message>
        <source>In post since %1.</source>
        <translation>En poste depuis le %1.</translation>
    </message>
    <message>
        <source>No expected end of posting: add the start date to be reminded before they leave.</source>
        <translation>Aucune fin d’affectation prévue&#xa0;: ajoutez la date de début pour recevoir un rappel avant le départ.</translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave on %1, in %n days.</source>
        <translation>
            <numerusform>Départ prévu le %1, dans %n jour.</numerusform>
            <numerusform>Départ prévu le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to leave today.</source>
        <translation>Départ prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>Was expected to leave on %1. Ask the embassy who takes over.</source>
        <translation>Départ prévu le %1. Demandez à l’ambassade qui prend la relève.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Indiquer le départ…</translation>
    </message>
    <message>
        <source>Hand over open items…</source>
        <translation>Transmettre les points en cours…</translation>
    </message>
    <message>
        <source>Undo the hand-over</source>
        <translation>Annuler la transmission</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Open the embassy: %1</source>
        <translation>Ouvrir l’ambassade&#xa0;: %1</translation>
    </message>
    <message>
        <source>Succeeded by %1</source>
        <translation>Successeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Took over from %1</source>
        <translation>Prédécesseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Secure messaging</source>
        <translation>Messagerie sécurisée</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No interactions with this officer yet. Log every meeting, call or email: embassies rarely call back.</source>
        <translation>Aucun échange avec cette personne pour l’instant. Notez chaque entretien, appel ou courriel&#xa0;: les ambassades rappellent rarement d’elles-mêmes.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transmission effectuée</translation>
    </message>
    <message>
        <source>Hand-over undone</source>
        <translation>Transmission annulée</translation>
    </message>
    <message>
        <source>What was handed over is with %1 again.</source>
        <translation>Ce qui avait été transmis est de nouveau au nom de %1.</translation>
    </message>
    <message>
        <source>Delete this officer?</source>
        <translation>Supprimer ce diplomate&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will be removed from the contact log.</source>
        <translation>%1 disparaîtra du journal des contacts.</translation>
    </message>
    <message>
        <source>The officer was kept</source>
        <translation>Rien n’a été supprimé</translation>
    </message>
</context>
<context>
    <name>OfficersEditor</name>
    <message>
        <source>Officers to ask to meet</source>
        <translation>Diplomates à qui demander un entretien</translation>
    </message>
    <message>
        <source>Reset to suggestions</source>
        <translation>Revenir aux suggestions</translation>
    </message>
    <message>
        <source>Careful: a written request to meet defence, law-enforcement or intelligence staff can be used against you, for example in espionage or &quot;foreign agent&quot; charges. The brief and the email will name these roles. Usually it is better to ask the human rights officer, who can bring such colleagues if the embassy thinks it useful.</source>
        <translation>Attention&#xa0;: une demande écrite de rencontrer du personnel de défense, de police ou de renseignement peut être retournée contre vous, par exemple dans des accusations d’espionnage ou d’«&#xa0;agent de l’étranger&#xa0;». La note de synthèse et le courriel nommeront ces fonctions. Mieux vaut en général s’adresser au ou à la responsable des droits humains, qui peut faire venir ces collègues si l’ambassade le juge utile.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <comment>an officer role suggested by the rules</comment>
        <translation>%1 (suggestion)</translation>
    </message>
    <message>
        <source>Following the suggestions, which change with the facts on the Basics page.</source>
        <translation>Choix suggéré, qui évolue avec les faits indiqués à l’étape 1.</translation>
    </message>
    <message>
        <source>No officer chosen: choose at least one, usually the human rights officer.</source>
        <translation>Aucun diplomate choisi&#xa0;: choisissez-en au moins un, en général le ou la responsable des droits humains.</translation>
    </message>
    <message>
        <source>Your own choice: the facts on the Basics page no longer change it.</source>
        <translation>Votre propre choix&#xa0;: les faits indiqués à l’étape 1 ne le modifient plus.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Government or institution</source>
        <translation>Gouvernement ou institution</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation>Personne contactée</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Add outreach</source>
        <translation>Ajouter une sollicitation</translation>
    </message>
    <message>
        <source>Duplicate outreach</source>
        <translation>Dupliquer la sollicitation</translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s) deleted.</source>
        <translation>
            <numerusform>%n sollicitation supprimée.</numerusform>
            <numerusform>%n sollicitations supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s)</source>
        <translation>
            <numerusform>%n sollicitation</numerusform>
            <numerusform>%n sollicitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Prior outreach, earliest first</source>
        <translation>Sollicitations précédentes, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Insert (or choose Add outreach) for each embassy, ministry, UN office, NGO or parliament you already contacted, or tick “No prior outreach” above.</source>
        <translation>Rien n’est encore noté. Appuyez sur Insert (ou choisissez «&#xa0;Ajouter une sollicitation&#xa0;») pour chaque ambassade, ministère, bureau de l’ONU, ONG ou parlement que vous avez déjà contacté, ou cochez «&#xa0;Pas de sollicitation précédente&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <source>Prior outreach</source>
        <translation>Sollicitations précédentes</translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation>Ce que vous avez déjà fait</translation>
    </message>
    <message>
        <source>Embassies want to know whom you already asked for help and what came of it: other embassies, ministries in their capital, the UN, NGOs, parliaments.</source>
        <translation>Les ambassades veulent savoir à qui vous avez déjà demandé de l’aide, et avec quel résultat&#xa0;: autres ambassades, ministères dans leur capitale, ONU, ONG, parlements.</translation>
    </message>
    <message>
        <source>&amp;No prior outreach: this is the first time I ask anyone for help</source>
        <translation>&amp;Pas de sollicitation précédente&#xa0;: c’est la première fois que je demande de l’aide</translation>
    </message>
    <message>
        <source>Mark “no prior outreach”</source>
        <translation>Cocher «&#xa0;Pas de sollicitation précédente&#xa0;»</translation>
    </message>
    <message>
        <source>Unmark “no prior outreach”</source>
        <translation>Décocher «&#xa0;Pas de sollicitation précédente&#xa0;»</translation>
    </message>
    <message>
        <source>Outreach is recorded below.</source>
        <translation>Les sollicitations sont notées ci-dessous.</translation>
    </message>
    <message>
        <source>Untick this to record outreach.</source>
        <translation>Décochez cette case pour noter des sollicitations.</translation>
    </message>
    <message>
        <source>New rows are marked “%1”; change the default on the Timeline page.</source>
        <translation>Les nouvelles lignes sont marquées «&#xa0;%1&#xa0;»&#xa0;; modifiez ce choix par défaut à l’étape «&#xa0;Chronologie&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
</context>
<context>
    <name>PdfPasswordFields</name>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>Protéger le PDF enregistré par un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>Repeat PDF password</source>
        <translation>Confirmer le mot de passe du PDF</translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the password option.</source>
        <translation>Saisissez un mot de passe pour le PDF, ou décochez l’option de mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe du PDF doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe du PDF doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Everyone the case names, one per row, but not institutions. Put every other spelling of a name (another script, a surname alone) in “Other spellings”, separated by semicolons: replacing names in the brief then finds them all. Untick “Protected” only for someone who may be named, such as an official responsible.</source>
        <translation>Toutes les personnes que cite le dossier, une par ligne, mais pas les institutions. Indiquez toute autre graphie d’un nom (dans un autre alphabet, le nom de famille seul) dans «&#xa0;Autres graphies&#xa0;», séparées par des points-virgules&#xa0;: le remplacement des noms dans la note de synthèse les trouvera toutes. Ne décochez «&#xa0;Protégée&#xa0;» que pour une personne qui peut être nommée, comme un responsable officiel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégée</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>Personnes citées dans le dossier</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>A&amp;jouter une personne</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En danger</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Responsible for abuses</source>
        <translation>Responsable d’abus</translation>
    </message>
</context>
<context>
    <name>PoliciesPanel</name>
    <message>
        <source>Add an embassy above to see its government&apos;s policy.</source>
        <translation>Ajoutez une ambassade ci-dessus pour voir la politique de son gouvernement.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a government hrdesk recognises: no policy to show.</source>
        <translation>hrdesk ne reconnaît pas ce gouvernement&#xa0;: aucune politique à afficher.</translation>
    </message>
    <message>
        <source>The reference holds no published defender policy of this government yet.</source>
        <translation>Les fiches pratiques ne contiennent pas encore de politique publiée de ce gouvernement sur les défenseurs des droits humains.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Fiches pratiques</translation>
    </message>
    <message>
        <source>Search the reference (Ctrl+F)</source>
        <translation>Rechercher dans les fiches pratiques (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>Rechercher dans les fiches pratiques</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Lire en&#xa0;:</translation>
    </message>
    <message>
        <source>Reading language</source>
        <translation>Langue de lecture</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>The reference content could not be read: %1</source>
        <translation>Impossible de lire le contenu des fiches pratiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Aucun résultat. Essayez avec moins de mots, ou des mots plus courts.</translation>
    </message>
</context>
<context>
    <name>ReferenceUpdatesBox</name>
    <message>
        <source>Reference updates</source>
        <translation>Mises à jour des fiches pratiques</translation>
    </message>
    <message>
        <source>Updated reference content comes as a signed file, for example on a USB stick. hrdesk checks the signature and every language before using it, and never goes online.</source>
        <translation>Les fiches pratiques mises à jour arrivent sous forme de fichier signé, par exemple sur une clé USB. hrdesk vérifie la signature et chaque langue avant de l’utiliser, et ne se connecte jamais à internet.</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Importer une mise à jour…</translation>
    </message>
    <message>
        <source>Import a signed reference update</source>
        <translation>Importer une mise à jour signée des fiches pratiques</translation>
    </message>
    <message>
        <source>In use: the content bundled with hrdesk, checked up to %1.</source>
        <translation>En usage&#xa0;: le contenu fourni avec hrdesk, vérifié jusqu’au %1.</translation>
    </message>
    <message>
        <source>In use: an update of %1, signed by %2.</source>
        <translation>En usage&#xa0;: une mise à jour du %1, signée par %2.</translation>
    </message>
    <message>
        <source>Import a reference update</source>
        <translation>Importer une mise à jour des fiches pratiques</translation>
    </message>
    <message>
        <source>Reference updates (*.hrdpack);;All files (*)</source>
        <translation>Mises à jour des fiches pratiques (*.hrdpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file was not used; nothing changed.

%1</source>
        <translation>Le fichier n’a pas été utilisé&#xa0;; rien n’a changé.

%1</translation>
    </message>
    <message>
        <source>The reference now holds the update of %1, signed by %2.</source>
        <translation>Les fiches pratiques contiennent désormais la mise à jour du %1, signée par %2.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Your specific request for help</source>
        <translation>Votre demande précise</translation>
    </message>
    <message>
        <source>Embassies act on a clear, specific request. Tick what you ask for, say it in your own words, and name the embassies and officers you want to reach.</source>
        <translation>Les ambassades agissent à partir d’une demande claire et précise. Cochez ce que vous demandez, formulez-le avec vos propres mots et indiquez les ambassades et les diplomates que vous voulez joindre.</translation>
    </message>
    <message>
        <source>Read first:</source>
        <translation>À lire d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>What an embassy can do</source>
        <translation>Ce qu’une ambassade peut faire</translation>
    </message>
    <message>
        <source>Who to meet</source>
        <translation>Qui rencontrer</translation>
    </message>
    <message>
        <source>Making a specific request</source>
        <translation>Formuler une demande précise</translation>
    </message>
    <message>
        <source>What support you ask for</source>
        <translation>Le soutien que vous demandez</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Your request in your own &amp;words:</source>
        <translation>&amp;Votre demande, avec vos propres mots&#xa0;:</translation>
    </message>
    <message>
        <source>Your request in your own words</source>
        <translation>Votre demande, avec vos propres mots</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>For example: the trial opens next month</source>
        <translation>Par exemple&#xa0;: le procès s’ouvre le mois prochain</translation>
    </message>
    <message>
        <source>&amp;Deadline (optional):</source>
        <translation>&amp;Date limite (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM ou YYYY</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>Ambassades à solliciter</translation>
    </message>
    <message>
        <source>These governments&apos; policies on defenders</source>
        <translation>Politiques de ces gouvernements envers les défenseurs des droits humains</translation>
    </message>
    <message>
        <source>Officers to ask to meet</source>
        <translation>Diplomates à qui demander un entretien</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Why the case matters to that &amp;government:</source>
        <translation>Pourquoi ce dossier compte pour ce &amp;gouvernement&#xa0;:</translation>
    </message>
    <message>
        <source>Why the case matters to that government</source>
        <translation>Pourquoi ce dossier compte pour ce gouvernement</translation>
    </message>
    <message>
        <source>What the embassy &amp;could do:</source>
        <translation>Ce que l’ambassade &amp;pourrait faire&#xa0;:</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>Ce que l’ambassade pourrait faire</translation>
    </message>
    <message>
        <source>At a glance, on page 1 of the brief</source>
        <translation>En bref, en page 1 de la note de synthèse</translation>
    </message>
    <message>
        <source>An officer reads the top of page 1 first. Left empty, the brief asks the embassy to reach you only through whoever hands it over, and to name no one nor go public without your consent.</source>
        <translation>Le ou la diplomate lit d’abord le haut de la page 1. Si ces champs restent vides, la note de synthèse demande à l’ambassade de vous joindre uniquement par la personne qui la remet, et de ne nommer personne ni rendre l’affaire publique sans votre accord.</translation>
    </message>
    <message>
        <source>&amp;Please do not:</source>
        <translation>&amp;Merci de ne pas&#xa0;:</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Merci de ne pas</translation>
    </message>
    <message>
        <source>For example: name the source, or raise the case publicly</source>
        <translation>Par exemple&#xa0;: nommer la source, ou rendre l’affaire publique</translation>
    </message>
    <message>
        <source>How to reach you &amp;safely:</source>
        <translation>Comment vous &amp;joindre en sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>How to reach you safely</source>
        <translation>Comment vous joindre en sécurité</translation>
    </message>
    <message>
        <source>For example: through our lawyer, in person only</source>
        <translation>Par exemple&#xa0;: par notre avocate, en personne uniquement</translation>
    </message>
    <message>
        <source>Who can confirm the facts</source>
        <translation>Qui peut confirmer les faits</translation>
    </message>
    <message>
        <source>Who can c&amp;onfirm the facts:</source>
        <translation>&amp;Qui peut confirmer les faits&#xa0;:</translation>
    </message>
    <message>
        <source>For example: the national bar association</source>
        <translation>Par exemple&#xa0;: le barreau national</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Nouvelle date de relance</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore — hrdesk</source>
        <translation>Restauration — hrdesk</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup file made by hrdesk and type the passphrase that protects it. hrdesk checks the whole file before it changes anything. Afterwards the vault opens with the backup&apos;s passphrase.</source>
        <translation>Choisissez un fichier de sauvegarde créé par hrdesk et saisissez la phrase de passe qui le protège. hrdesk vérifie le fichier en entier avant de modifier quoi que ce soit. Ensuite, le coffre-fort s’ouvre avec la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>This replaces the vault on this computer: everything it holds now, and its automatic backups, will be erased and replaced by the contents of the backup.</source>
        <translation>Cette opération remplace le coffre-fort de cet ordinateur&#xa0;: tout ce qu’il contient aujourd’hui, ainsi que ses sauvegardes automatiques, sera effacé et remplacé par le contenu de la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Remplacer le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>Sauvegardes hrdesk (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the backup… %1% done.</source>
        <translation>Vérification de la sauvegarde… %1&#xa0;% effectués.</translation>
    </message>
    <message>
        <source>Checking the restored vault and putting it in place…</source>
        <translation>Vérification du coffre-fort restauré et mise en place…</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Choisissez d’abord le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Saisissez d’abord la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>Replace the vault</source>
        <translation>Remplacer le coffre-fort</translation>
    </message>
    <message>
        <source>Replace the vault on this computer by this backup? Everything in the vault now, and its automatic backups, will be erased. This cannot be undone.</source>
        <translation>Remplacer le coffre-fort de cet ordinateur par cette sauvegarde&#xa0;? Tout ce que contient le coffre-fort aujourd’hui, ainsi que ses sauvegardes automatiques, sera effacé. C’est irréversible.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup… This can take a moment.</source>
        <translation>Vérification et restauration de la sauvegarde… Cela peut prendre un moment.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>Cette phrase de passe n’ouvre pas la sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file is not an hrdesk backup, or it is damaged, incomplete or was altered. Nothing was changed.</source>
        <translation>Ce fichier n’est pas une sauvegarde hrdesk, ou il est endommagé, incomplet ou a été modifié. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be restored. Nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde n’a pas pu être restaurée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be read or restored: %1. Nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être lue ou restaurée&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être restaurée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Review before you print</source>
        <translation>Vérifiez avant d’imprimer</translation>
    </message>
    <message>
        <source>Check that the three things an embassy needs are here, and what each printout will show.</source>
        <translation>Vérifiez que les trois éléments dont une ambassade a besoin sont présents, et ce que montrera chaque document imprimé.</translation>
    </message>
    <message>
        <source>Ready for the embassy?</source>
        <translation>Prêt pour l’ambassade&#xa0;?</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Ce qui sera imprimé</translation>
    </message>
    <message>
        <source>Your speaker notes also repeat everything in the brief. Change where an event or an outreach item goes in its Disclosure column. Case files leave out “never print” items unless you ask.</source>
        <translation>Votre aide-mémoire reprend aussi tout le contenu de la note de synthèse. Pour changer la destination d’un événement ou d’une sollicitation, utilisez sa colonne Diffusion. Les fichiers de dossier n’incluent pas les éléments «&#xa0;Ne jamais imprimer&#xa0;», sauf si vous le demandez.</translation>
    </message>
    <message>
        <source>Go to Request</source>
        <translation>Aller à «&#xa0;Demande&#xa0;»</translation>
    </message>
    <message>
        <source>Go to Timeline</source>
        <translation>Aller à «&#xa0;Chronologie&#xa0;»</translation>
    </message>
    <message>
        <source>Go to Prior outreach</source>
        <translation>Aller à «&#xa0;Sollicitations précédentes&#xa0;»</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>À faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>Prêt&#xa0;: tout ce dont l’ambassade a besoin est là.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Use the buttons to go where each is filled in.</source>
        <translation>
            <numerusform>%n élément manque encore. Le bouton à côté vous mène à l’étape où le compléter.</numerusform>
            <numerusform>%n éléments manquent encore. Les boutons vous mènent aux étapes où les compléter.</numerusform>
        </translation>
    </message>
    <message>
        <source>This date has already passed: %1. Update the deadline or the urgency on the Request page, or the embassy may think the matter is over.</source>
        <translation>Cette date est déjà passée&#xa0;: %1. Mettez à jour la date limite ou l’urgence sur la page Demande, sinon l’ambassade pourrait croire que l’affaire est close.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The vault was erased. You can create a new, empty vault.</source>
        <translation>Le coffre-fort a été effacé. Vous pouvez créer un nouveau coffre-fort, vide.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: the vault was erased. You can create a new, empty vault.</source>
        <translation>Trop de phrases de passe incorrectes&#xa0;: le coffre-fort a été effacé. Vous pouvez créer un nouveau coffre-fort, vide.</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>Coffre-fort effacé</translation>
    </message>
    <message>
        <source>Erasing the rest of the vault…</source>
        <translation>Effacement du reste du coffre-fort…</translation>
    </message>
    <message>
        <source>The vault was erased outside this window (for example with the command line). You can create a new, empty vault, or restore a backup.</source>
        <translation>Le coffre-fort a été effacé en dehors de cette fenêtre (par exemple en ligne de commande). Vous pouvez créer un nouveau coffre-fort vide, ou restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place (%1). It was left in the folder %2.</source>
        <translation>Le coffre-fort restauré n’a pas pu être mis en place (%1). Il a été laissé dans le répertoire %2.</translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>Coffre-fort restauré</translation>
    </message>
    <message>
        <source>The backup was checked and restored. Unlock the vault with the backup&apos;s passphrase: the one you typed to restore it.</source>
        <translation>La sauvegarde a été vérifiée et restaurée. Déverrouillez le coffre-fort avec la phrase de passe de la sauvegarde&#xa0;: celle que vous avez saisie pour la restaurer.</translation>
    </message>
    <message>
        <source>Attempt counter</source>
        <translation>Compteur de tentatives</translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted since you last unlocked. Someone may have tried to guess your passphrase. The count has been reset.</source>
        <translation>Le registre des phrases de passe incorrectes a été modifié ou supprimé depuis votre dernier déverrouillage. Quelqu’un a peut-être essayé de deviner votre phrase de passe. Le compteur a été remis à zéro.</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>L&amp;ock and hide keys:</source>
        <translation>&amp;Touches pour verrouiller et masquer&#xa0;:</translation>
    </message>
    <message>
        <source>Keys that lock the vault and hide every window</source>
        <translation>Touches qui verrouillent le coffre-fort et masquent toutes les fenêtres</translation>
    </message>
    <message>
        <source>Locks at once and hides every hrdesk window. The unlock window waits, minimized, in the taskbar; open it from there. Leave the keys empty to turn this off.</source>
        <translation>Verrouille immédiatement le coffre-fort et masque toutes les fenêtres de hrdesk. La fenêtre de déverrouillage attend, réduite, dans la barre des tâches&#xa0;: ouvrez-la depuis là. Laissez le champ vide pour désactiver cette fonction.</translation>
    </message>
    <message>
        <source>Erase the vault after this many &amp;wrong passphrases in a row:</source>
        <translation>Effacer le coffre-fort après ce &amp;nombre de phrases de passe incorrectes d’affilée&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong passphrases allowed before the vault is erased</source>
        <translation>Phrases de passe incorrectes admises avant l’effacement du coffre-fort</translation>
    </message>
    <message>
        <source>For when someone may try to guess your passphrase in this app. The count survives restarts; the unlock window shows the attempts left. It cannot stop someone who copies the vault&apos;s files. Keep a backup elsewhere if you turn this on.</source>
        <translation>Utile si quelqu’un risque d’essayer de deviner votre phrase de passe dans cette application. Le compteur est conservé au redémarrage&#xa0;; la fenêtre de déverrouillage indique les tentatives restantes. Cela n’arrête pas une personne qui copie les fichiers du coffre-fort. Si vous activez cette option, conservez une sauvegarde ailleurs.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</source>
        <translation>
            <numerusform>Sauvegarde automatique&#xa0;: lorsque vous déverrouillez, au plus une fois par jour, hrdesk conserve une copie chiffrée dans le répertoire du coffre-fort (seule la plus récente est gardée). Elle s’ouvre avec votre phrase de passe actuelle et est effacée avec le coffre-fort. Pour ne rien perdre si cet ordinateur disparaît, utilisez «&#xa0;Sauvegarder maintenant…&#xa0;» pour enregistrer une copie ailleurs.</numerusform>
            <numerusform>Sauvegardes automatiques&#xa0;: lorsque vous déverrouillez, au plus une fois par jour, hrdesk conserve une copie chiffrée dans le répertoire du coffre-fort (les %n plus récentes sont gardées). Elles s’ouvrent avec votre phrase de passe actuelle et sont effacées avec le coffre-fort. Pour ne rien perdre si cet ordinateur disparaît, utilisez «&#xa0;Sauvegarder maintenant…&#xa0;» pour enregistrer une copie ailleurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Sauvegardes automatiques &amp;gardées&#xa0;:</translation>
    </message>
    <message>
        <source>How many automatic backups the vault folder keeps</source>
        <translation>Nombre de sauvegardes automatiques gardées dans le répertoire du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Emergency &amp;erase…</source>
        <translation>Effacement d’&amp;urgence…</translation>
    </message>
    <message>
        <source>After an erase, this computer still has hrdesk itself and its settings file (language, window size, these keys; nothing of your cases). hrdesk keeps no list of recent files or folders. Files you exported or backed up elsewhere are not touched.</source>
        <translation>Après un effacement, cet ordinateur garde hrdesk lui-même et son fichier de paramètres (langue, taille de la fenêtre, ces touches ; rien de vos dossiers). hrdesk ne tient aucune liste de fichiers ou de répertoires récents. Les fichiers que vous avez exportés ou sauvegardés ailleurs ne sont pas touchés.</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Aucune sauvegarde automatique pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n automatic backup(s), %1 in all.</source>
        <translation>
            <numerusform>Actuellement&#xa0;: %n sauvegarde automatique, %1 au total.</numerusform>
            <numerusform>Actuellement&#xa0;: %n sauvegardes automatiques, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest are deleted at the next automatic backup.</source>
        <translation>Les plus anciennes seront effacées lors de la prochaine sauvegarde automatique.</translation>
    </message>
    <message>
        <source>Erase after wrong passphrases</source>
        <translation>Effacement après des phrases de passe incorrectes</translation>
    </message>
    <message>
        <source>After %1 wrong passphrases in a row, hrdesk will erase the vault for good. A forgotten passphrase or a wrong keyboard layout counts too. Turn this on?</source>
        <translation>Après %1 phrases de passe incorrectes d’affilée, hrdesk effacera définitivement le coffre-fort. Une phrase de passe oubliée ou une mauvaise disposition du clavier comptent aussi. Activer cette option&#xa0;?</translation>
    </message>
    <message>
        <source>Attempt limit</source>
        <translation>Limite de tentatives</translation>
    </message>
    <message>
        <source>The setting could not be saved. Nothing was changed.</source>
        <translation>Impossible d’enregistrer ce réglage. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SafetyCardDialog</name>
    <message>
        <source>Keep your vault safe — hrdesk</source>
        <translation>Protéger votre coffre-fort — hrdesk</translation>
    </message>
    <message>
        <source>Your vault is ready. Five habits keep it safe</source>
        <translation>Votre coffre-fort est prêt. Cinq réflexes le protègent</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault and hide every hrdesk window at once, if someone comes in or asks to see the screen. You can change these keys in Settings.</source>
        <translation>Appuyez sur %1 pour verrouiller le coffre-fort et masquer d’un coup toutes les fenêtres de hrdesk si quelqu’un entre ou demande à voir l’écran. Ces touches se changent dans Paramètres.</translation>
    </message>
    <message>
        <source>Lock and hide is turned off. You can choose its keys in Settings.</source>
        <translation>Verrouiller et masquer est désactivé. Vous pouvez choisir ses touches dans Paramètres.</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault whenever you step away. hrdesk also locks itself after a few idle minutes and when you quit.</source>
        <translation>Appuyez sur %1 pour verrouiller le coffre-fort dès que vous vous éloignez. hrdesk se verrouille aussi de lui-même après quelques minutes d’inactivité et quand vous quittez.</translation>
    </message>
    <message>
        <source>Back up to a USB stick (Settings, Back up now) and keep the stick somewhere else: if this computer is seized or broken, the backup is how you start again.</source>
        <translation>Sauvegardez sur une clé USB (Paramètres, «&#xa0;Sauvegarder maintenant&#xa0;») et gardez la clé ailleurs&#xa0;: si cet ordinateur est saisi ou tombe en panne, c’est la sauvegarde qui vous permettra de repartir.</translation>
    </message>
    <message>
        <source>On Linux, hrdesk cannot stop screenshots or screen sharing. Lock hrdesk before you share your screen or let anyone record it.</source>
        <translation>Sous Linux, hrdesk ne peut pas empêcher les captures d’écran ni le partage d’écran. Verrouillez hrdesk avant de partager votre écran ou de laisser quelqu’un l’enregistrer.</translation>
    </message>
    <message>
        <source>Help (F1) explains all of this and more. It works offline, like the rest of hrdesk.</source>
        <translation>L’aide (F1) explique tout cela et davantage. Elle fonctionne hors ligne, comme le reste de hrdesk.</translation>
    </message>
    <message>
        <source>Open &amp;Help</source>
        <translation>Ouvrir l’&amp;aide</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Compris</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Show more…</source>
        <translation>Afficher la suite…</translation>
    </message>
    <message>
        <source>Embassies: the first %1 of %2</source>
        <translation>Ambassades&#xa0;: les %1 premières sur %2</translation>
    </message>
    <message>
        <source>Officers: the first %1 of %2</source>
        <translation>Diplomates&#xa0;: les %1 premiers sur %2</translation>
    </message>
    <message>
        <source>Interactions: the newest %1 of %2</source>
        <translation>Échanges&#xa0;: les %1 plus récents sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Embassies: the first %n</source>
        <translation>
            <numerusform>Ambassades&#xa0;: la première</numerusform>
            <numerusform>Ambassades&#xa0;: les %n premières</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embassies (%n)</source>
        <translation>
            <numerusform>Ambassades (%n)</numerusform>
            <numerusform>Ambassades (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers: the first %n</source>
        <translation>
            <numerusform>Diplomates&#xa0;: le premier</numerusform>
            <numerusform>Diplomates&#xa0;: les %n premiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers (%n)</source>
        <translation>
            <numerusform>Diplomates (%n)</numerusform>
            <numerusform>Diplomates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions: the newest %n</source>
        <translation>
            <numerusform>Échanges&#xa0;: le plus récent</numerusform>
            <numerusform>Échanges&#xa0;: les %n plus récents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions (%n)</source>
        <translation>
            <numerusform>Échanges (%n)</numerusform>
            <numerusform>Échanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Langue de l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Arabic &amp;digits:</source>
        <translation>C&amp;hiffres en arabe&#xa0;:</translation>
    </message>
    <message>
        <source>Arabic &amp;month names:</source>
        <translation>N&amp;oms des mois en arabe&#xa0;:</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>Occidentaux (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Indo-arabes (%1)</translation>
    </message>
    <message>
        <source>Both names (%1)</source>
        <translation>Les deux noms (%1)</translation>
    </message>
    <message>
        <source>Levantine (%1)</source>
        <translation>Levantins (%1)</translation>
    </message>
    <message>
        <source>Egyptian and Gulf (%1)</source>
        <translation>Égyptiens et du Golfe (%1)</translation>
    </message>
    <message>
        <source>Used wherever dates and numbers are written in Arabic: the app, the brief and the email.</source>
        <translation>Utilisés partout où les dates et les nombres sont écrits en arabe&#xa0;: l’application, la note de synthèse et le courriel.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock &amp;after this many idle minutes:</source>
        <translation>Verrouiller après ce &amp;délai d’inactivité&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation>Minutes d’inactivité avant le verrouillage automatique du coffre-fort</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>Verrouiller maintenant (%1)</translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 MiB of memory, time cost %2</source>
        <translation>Dérivation de clé&#xa0;: Argon2id, %1 Mio de mémoire, coût en temps %2</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>&amp;Remember the vault on this device (system keyring)</source>
        <translation>&amp;Mémoriser le coffre-fort sur cet appareil (trousseau de clés du système)</translation>
    </message>
    <message>
        <source>Convenient but weaker: anyone who can use your computer account while you are logged in can then open the vault without the passphrase. Leave this off if the computer may be taken or shared. Your passphrase still works either way.</source>
        <translation>Pratique, mais moins sûr&#xa0;: toute personne qui peut utiliser votre compte sur cet ordinateur pendant que votre session est ouverte pourra alors ouvrir le coffre-fort sans la phrase de passe. Laissez cette option désactivée si l’ordinateur risque d’être saisi ou volé, ou s’il est partagé. Votre phrase de passe fonctionne dans tous les cas.</translation>
    </message>
    <message>
        <source>Not available: no system keyring service is running on this device. Everything else works; you type your passphrase each time.</source>
        <translation>Non disponible&#xa0;: aucun service de trousseau de clés ne fonctionne sur cet appareil. Tout le reste fonctionne&#xa0;; vous saisissez simplement votre phrase de passe à chaque fois.</translation>
    </message>
    <message>
        <source>Passphrase and vault</source>
        <translation>Phrase de passe et coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer de phrase de passe…</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Répertoire du coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>The system keyring did not accept the change. Nothing was stored.</source>
        <translation>Le trousseau de clés du système n’a pas accepté la modification. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SupportCatalogue</name>
    <message>
        <source>Note (optional)</source>
        <translation>Remarque (facultative)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Remarque sur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Approx.</source>
        <comment>short for: the date is approximate</comment>
        <translation>Date approx.</translation>
    </message>
    <message>
        <source>Tick when the date is approximate (or type ~ before the date)</source>
        <translation>Cochez si la date est approximative (ou saisissez ~ devant la date)</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Diffusion</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Sources or evidence</source>
        <translation>Sources ou preuves</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Dupliquer l’événement</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>%n événement supprimé.</numerusform>
            <numerusform>%n événements supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of events, earliest first</source>
        <translation>Chronologie des événements, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>No events yet. Press Insert (or choose Add event) and type the date, then Tab to the next cell. A year alone (2019) or a month (2019-03) is fine.</source>
        <translation>Aucun événement pour l’instant. Appuyez sur Insert (ou choisissez «&#xa0;Ajouter un événement&#xa0;»), saisissez la date, puis passez à la cellule suivante avec Tab. Une année seule (2019) ou un mois (2019-03) suffit.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The facts, as a timeline of events</source>
        <translation>Les faits, sous forme de chronologie des événements</translation>
    </message>
    <message>
        <source>One row per event: threats, surveillance, attacks, arrests, charges, hearings, raids, smear campaigns. Each row says who may see it on paper: the brief you hand over, only your own speaker notes, or no printout at all.</source>
        <translation>Une ligne par événement&#xa0;: menaces, surveillance, agressions, arrestations, inculpations, audiences, perquisitions, campagnes de dénigrement. Chaque ligne indique qui pourra la voir sur papier&#xa0;: la note de synthèse que vous remettez, votre aide-mémoire seulement, ou aucun document imprimé.</translation>
    </message>
    <message>
        <source>New &amp;events and outreach are marked:</source>
        <translation>Les nouveaux événements et sollicitations sont &amp;marqués&#xa0;:</translation>
    </message>
    <message>
        <source>Disclosure level for new events and outreach</source>
        <translation>Niveau de diffusion des nouveaux événements et sollicitations</translation>
    </message>
    <message>
        <source>This event repeats one already in the timeline (%1, %2). Merge the two, or keep both?</source>
        <translation>Cet événement fait doublon avec un autre de la chronologie (%1, %2). Les fusionner, ou garder les deux&#xa0;?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>%1 is in the future. The event is kept with this date; check it if it was a typo.</source>
        <translation>La date %1 est dans le futur. L’événement est conservé avec cette date&#xa0;; vérifiez-la s’il s’agit d’une faute de frappe.</translation>
    </message>
    <message>
        <source>Merge events</source>
        <translation>Fusionner les événements</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>À faire dans %n jour, le %1</numerusform>
            <numerusform>À faire dans %n jours, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>À faire demain</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>kind of contact, then its date: Meeting on 3 May 2026</comment>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Left on %1, no successor recorded</source>
        <translation>Départ le %1, relève non indiquée</translation>
    </message>
    <message numerus="yes">
        <source>Was expected to leave %n day(s) ago</source>
        <translation>
            <numerusform>Départ prévu il y a %n jour</numerusform>
            <numerusform>Départ prévu il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting ends today</source>
        <translation>Fin d’affectation aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Posting ends in %n day(s), on %1</source>
        <translation>
            <numerusform>Fin d’affectation dans %n jour, le %1</numerusform>
            <numerusform>Fin d’affectation dans %n jours, le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) ago</source>
        <translation>
            <numerusform>Promis pour le %1, il y a %n jour</numerusform>
            <numerusform>Promis pour le %1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>Aucun contact noté pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Aucun contact depuis %n jour</numerusform>
            <numerusform>Aucun contact depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Dernier contact le %1</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Mettre à jour…</translation>
    </message>
    <message>
        <source>Update the commitment</source>
        <translation>Mettre à jour l’engagement</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Log an interaction for %1</source>
        <translation>Consigner un échange pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark the follow-up done: %1</source>
        <translation>Marquer la relance comme faite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>On another day…</source>
        <translation>Un autre jour…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Snooze or reschedule: %1</source>
        <translation>Reporter de quelques jours ou à une autre date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why this matters:</source>
        <translation>Pourquoi c’est important&#xa0;:</translation>
    </message>
    <message>
        <source>Following up after a meeting</source>
        <translation>Relancer après un entretien</translation>
    </message>
    <message>
        <source>When officials move on</source>
        <translation>Quand les diplomates changent de poste</translation>
    </message>
    <message>
        <source>&amp;Days without contact:</source>
        <translation>&amp;Jours sans contact&#xa0;:</translation>
    </message>
    <message>
        <source>Days without contact before an embassy or case is listed</source>
        <translation>Nombre de jours sans contact avant qu’une ambassade ou un dossier apparaisse dans la liste</translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation>Rien ne requiert votre attention aujourd’hui</translation>
    </message>
    <message>
        <source>No follow-ups are due, no officer is about to leave and no commitment is overdue.</source>
        <translation>Aucune relance n’est prévue, aucun diplomate n’est sur le point de partir et aucun engagement n’est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Relance (%n)</numerusform>
            <numerusform>Relances (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n oldest. Mark some done to see the rest.</source>
        <translation>
            <numerusform>Voici la plus ancienne. Marquez-la comme faite pour voir les suivantes.</numerusform>
            <numerusform>Voici les %n plus anciennes. Marquez-en certaines comme faites pour voir les suivantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new point of contact</source>
        <translation>Demander un nouvel interlocuteur</translation>
    </message>
    <message>
        <source>These officers are leaving or have left. Ask the embassy who takes over, then record the successor.</source>
        <translation>Ces diplomates quittent ou ont quitté leur poste. Demandez à l’ambassade qui prend la relève, puis enregistrez cette personne.</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Engagements en retard</translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>À venir (%n)</numerusform>
            <numerusform>À venir (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s).</source>
        <translation>
            <numerusform>Rien à faire d’ici demain.</numerusform>
            <numerusform>Rien à faire dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n day(s).</source>
        <translation>
            <numerusform>Relances prévues d’ici demain.</numerusform>
            <numerusform>Relances prévues dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>Seule la première est affichée.</numerusform>
            <numerusform>Seules les %n premières sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Pas de contact récent</translation>
    </message>
    <message numerus="yes">
        <source>Every embassy and open case has had contact in the last %n day(s).</source>
        <translation>
            <numerusform>Toutes les ambassades et tous les dossiers ouverts ont eu un contact au cours du dernier jour.</numerusform>
            <numerusform>Toutes les ambassades et tous les dossiers ouverts ont eu un contact au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engage early and often, so the embassy knows you before an emergency.</source>
        <translation>Prenez contact tôt et souvent, pour que l’ambassade vous connaisse avant une urgence.</translation>
    </message>
</context>
<context>
    <name>TodaySettingsBox</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Show follow-ups coming up in the next days:</source>
        <translation>Afficher les relances des prochains &amp;jours :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ne pas afficher</translation>
    </message>
    <message>
        <source>Days ahead shown under Coming up on Today</source>
        <translation>Nombre de jours affichés sous « À venir » dans Aujourd’hui</translation>
    </message>
    <message>
        <source>Today lists what is due or overdue, then what comes up in these days (0 turns it off).</source>
        <translation>Aujourd’hui affiche ce qui est à faire ou en retard, puis ce qui arrive dans ces jours-là (0 pour ne pas l’afficher).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — hrdesk</source>
        <translation>Déverrouiller — hrdesk</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre-fort</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Votre coffre-fort est verrouillé. Saisissez votre phrase de passe pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Demo: the passphrase is %1</source>
        <translation>Démonstration&#xa0;: la phrase de passe est %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Tentative restante avant l’effacement du coffre-fort&#xa0;: %n.</numerusform>
            <numerusform>Tentatives restantes avant l’effacement du coffre-fort&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted.</source>
        <translation>Le registre des phrases de passe incorrectes a été modifié ou supprimé.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d’abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Still unlocking… The first time a new version of hrdesk opens a vault, it may update it, which can take a minute for a large contact log.</source>
        <translation>Déverrouillage en cours… La première fois qu’une nouvelle version de hrdesk ouvre un coffre-fort, elle peut le mettre à jour, ce qui peut prendre une minute si le journal des contacts est volumineux.</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase again to open the vault.</source>
        <translation>Verrouillé. Saisissez à nouveau votre phrase de passe pour ouvrir le coffre-fort.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not correct. Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Cette phrase de passe est incorrecte. Tentative restante avant l’effacement du coffre-fort&#xa0;: %n.</numerusform>
            <numerusform>Cette phrase de passe est incorrecte. Tentatives restantes avant l’effacement du coffre-fort&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Cette phrase de passe est incorrecte. Vérifiez la langue du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <source>This vault is open in another hrdesk window. Close it there first.</source>
        <translation>Ce coffre-fort est ouvert dans une autre fenêtre de hrdesk. Fermez-le d’abord dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or are not an hrdesk vault. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation>Les fichiers du coffre-fort sont endommagés, ou ne constituent pas un coffre-fort hrdesk. Rien n’a été modifié. Si vous avez une sauvegarde, vous pouvez la restaurer.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing was changed.</source>
        <translation>Impossible d’ouvrir le coffre-fort. Rien n’a été modifié.</translation>
    </message>
</context>
</TS>
