<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. Until the case wizard is available, read the Reference panels to prepare what to bring.</source>
        <translation>Un dossier rassemble les trois éléments dont une ambassade a besoin de votre part&#xa0;: votre demande d’aide précise, les faits présentés sous forme de chronologie, et les sollicitations que vous avez déjà faites. En attendant que l’assistant de création de dossier soit disponible, consultez les fiches pratiques pour préparer ce qu’il faut apporter.</translation>
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
    <message numerus="yes">
        <source>The new passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La nouvelle phrase de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>La nouvelle phrase de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
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
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>The contact log keeps the embassy officers you meet, what they promised and when to follow up. Officers move to new posts every three or four years, so keep a note of every meeting and ask who will take over before someone leaves.</source>
        <translation>Le journal des contacts garde la trace des diplomates que vous rencontrez, de ce qu’ils ont promis et des dates de relance. Les diplomates changent de poste tous les trois ou quatre ans&#xa0;: notez chaque entretien et, avant le départ d’un interlocuteur, demandez qui prendra le relais.</translation>
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
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
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
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Trop courte&#xa0;: utilisez au moins %n caractère.</numerusform>
            <numerusform>Trop courte&#xa0;: utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Faible&#xa0;: facile à deviner. Ajoutez des mots.</translation>
    </message>
    <message>
        <source>Fair: add another word or two.</source>
        <translation>Moyenne&#xa0;: ajoutez encore un ou deux mots.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Fiches pratiques</translation>
    </message>
    <message>
        <source>Offline guidance on what embassies can do, who to meet, emergency funds, visa routes and sanctions tools will appear here.</source>
        <translation>Des fiches consultables hors ligne s’afficheront ici&#xa0;: ce que peuvent faire les ambassades, qui rencontrer, les fonds d’urgence, les possibilités de visa et les outils de sanction.</translation>
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
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
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
        <source>Key derivation: Argon2id, %1 MiB of memory, %2 passes</source>
        <translation>Dérivation de la clé&#xa0;: Argon2id, %1 Mio de mémoire, nombre de passes&#xa0;: %2</translation>
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
        <source>Type your passphrase first.</source>
        <translation>Saisissez d’abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
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
