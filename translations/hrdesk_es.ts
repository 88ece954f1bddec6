<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>hrdesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another hrdesk window. Use that window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. Until the case wizard is available, read the Reference panels to prepare what to bring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new passphrase must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact log keeps the embassy officers you meet, what they promised and when to follow up. Officers move to new posts every three or four years, so keep a note of every meeting and ask who will take over before someone leaves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault — hrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hrdesk keeps your cases and contacts in one encrypted vault on this computer. Choose a passphrase to lock it: four or more unrelated words are easier to remember and much harder to guess than a short password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the hrdesk developers, not anyone else. There is no reset. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase &amp;cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm that you understand a forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created. Check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — nothing you enter here is kept. The demo vault is erased when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About hrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hrdesk %1

Prepare, safely and offline, to ask foreign embassies for help. Everything stays in one encrypted vault on this computer; hrdesk never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline guidance on what embassies can do, who to meet, emergency funds, visa routes and sanctions tools will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after this many idle minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the vault on this device (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenient but weaker: anyone who can use your computer account while you are logged in can then open the vault without the passphrase. Leave this off if the computer may be taken or shared. Your passphrase still works either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: no system keyring service is running on this device. Everything else works; you type your passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 MiB of memory, %2 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not accept the change. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — hrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is open in another hrdesk window. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or are not an hrdesk vault. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
