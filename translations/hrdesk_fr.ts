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
    <name>BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basics of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at risk, where, and what is happening, in a few words. You can use a pseudonym: you decide later what is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you will recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country where the defender works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country where the defender works (name or two-letter code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is at risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening, and why you are at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three facts that shape the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;business activity is involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a mine, a plantation or a dam. Suggests meeting the economic officer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security forces are involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police, army or intelligence. Suggests defence, intelligence or law-enforcement staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &amp;high-profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known nationally or abroad. Suggests the ambassador or the deputy chief of mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title. The old title “%1” is kept until you type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>Print or save the brief</source>
        <extracomment>Milliseconds to wait after a change before rendering again (typing an embassy name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief could not be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n. Nothing is saved until you choose Save as PDF.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For the embassy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief to hand over to the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My speaker notes (adds items for my eyes only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Rubriques</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact history with the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the names of people with &quot;Person A&quot;, &quot;Person B&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are replaced where they appear exactly as typed in the person at risk, the people of each event and the contacts. Check the preview for other spellings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the password option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Export a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file is NOT encrypted. Anyone who finds it can read the whole case. Keep it on an encrypted drive and delete it once it has reached its destination.

Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hrdesk case files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hrdesk case files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>readiness: 3 of 4 checks done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Dossiers</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start preparing a new case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases by title or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases, most recently changed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the filter. Change the words or the status above, or show all cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished">Aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. The wizard walks you through them; everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title. The old title is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case “%1” with its timeline and outreach? You can undo this for a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file written to %1. It is not encrypted: delete it once it has been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact with embassies about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with an embassy logged for this case yet. Engage early: be known before an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cases; everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the case wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the brief for the embassy (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>readiness: 3 of 4 ready</comment>
        <translation type="unfinished"></translation>
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
    <name>ContactColumns</name>
    <message>
        <source>Done (%1)</source>
        <comment>a follow-up that was done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a reception, a panel or another event where an officer was met</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court hearing attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <comment>something we asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>something the embassy said it would do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>the officer says something is being done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <comment>an officer who left the post</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRefusals</name>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which government the embassy or office represents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was asked or promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one officer you were in touch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the embassy. If it is not in the list yet, add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The posting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer cannot succeed themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists. The list has been refreshed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interaction is with one or more officers. Add the embassy and the officer you met first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search officers, embassies and interactions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting, call, email or event (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track a request you made or a commitment an officer made</source>
        <translation type="unfinished"></translation>
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
    <name>DateText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year: March 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from a date until another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no year 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a date: %2 has only %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosurePreview</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each printout will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the brief you hand over (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in your speaker notes (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no printout (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>disclosure level: what it means</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case details and your request (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Meeting request email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft that follows published advice: what is happening, why it matters to that government, what the embassy can do, and your concrete request. Edit it, then copy it into your own mail program. hrdesk never sends anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassiesEditor</name>
    <message>
        <source>A government, for example Canada or DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government whose embassy to approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each government whose embassy you will approach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider approaching more than one embassy: guidance advises not to rely on a single government, which may be slow or unwilling to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n embassies: good, several governments can act together.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassyDialog</name>
    <message>
        <source>Add an embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Embassy in Tegucigalpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General &amp;contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard, general email, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated &amp;priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this embassy says it cares about. Study it before you ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbassyPage</name>
    <message>
        <source>%1 (expected)</source>
        <comment>an expected end of posting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Stated priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who held each role over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who held each role over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers recorded here yet. Add the people you meet; when one leaves, record the successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions with this embassy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this embassy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the requests tracked with it will be removed from the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embassy was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyEraseDialog</name>
    <message>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency erase — hrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the vault now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s key at once, then deletes the vault, its automatic backups and the system keyring entry. Nobody can open it afterwards, not even with the passphrase. It cannot be undone. Backups you saved elsewhere are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Reference entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens %1 in your web browser. It leaves hrdesk, which works offline: the website, your internet provider and anyone watching the network can see the visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <comment>officer name — role, then the embassy on a second line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases. You can link this interaction to a case later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you &amp;asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the embassy co&amp;mmitted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even “we are looking into it” counts: officers often cannot say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the request to the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the commitment to the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the interaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It disappears from every history: the officers&apos;, the embassy&apos;s and the cases&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a year (2019), a month (2019-03) or a day (2019-03-05). Put ~ in front when the date is approximate: ~2019.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the tracked item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial observation, a public statement, a visa referral, a support letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: “We are working on it” (they may not be able to say more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised or needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tracked item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its follow-up reminder is deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The end date (%1) is before the start date (%2). Change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>%1 (Insert or Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public statement, alone or jointly with other embassies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visit to the office or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raising concerns with the host government or military through diplomatic channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical accompaniment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency visa or relocation support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure to investigate and prosecute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention in the annual human rights report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding for civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to emergency assistance programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting a meeting with other stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending court hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a public or private event where someone was approached</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel of outreach</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the brief you give to the embassy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed only in your own speaker notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no printout. A case file includes it only when you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human rights officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence attaché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law-enforcement staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chief of mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>status of a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request is stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline has at least one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior outreach is recorded, or marked as none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officers to meet are chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their history stays in the log. Record who took over, so the embassy&apos;s page shows who held the role over time and you know whom to contact next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (if you have it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone already in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor already in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: remind me to ask the embassy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>&amp;Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embassies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every meeting, call, email or event with an embassy, with a date to follow up. Embassies rarely call back, and being known as a reliable source helps in an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the officers you meet: the human rights officer first, and others as your cases need. With a posting start date you are reminded to ask for a new contact before they rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embassies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the embassies you work with: the government, where the office is, and the priorities it states. Study those priorities before you ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request you make (trial observation, a statement, a visa referral, a support letter) and every commitment an officer makes can be tracked here until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Dossiers</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are prepared in the Cases section. Their contact history with embassies appears here.</source>
        <translation type="unfinished"></translation>
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
    <name>NewCaseRow</name>
    <message>
        <source>&amp;Title of the new case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Land defenders of the river valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title. Type a few words that you will recognise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secure messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal, Wire or another app, and the handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting &amp;started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to &amp;leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another date than the usual three years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in post: undo “left”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers usually rotate after three years: expected to leave around %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a start date there is no expected end, and no reminder before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Left the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post from %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the post on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected end of posting: add the start date to be reminded before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave on %1, in %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to leave today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was expected to leave on %1. Ask the embassy who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embassy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions with this officer yet. Log every meeting, call or email: embassies rarely call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this officer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be removed from the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersEditor</name>
    <message>
        <source>Officers to ask to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <comment>an officer role suggested by the rules</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the suggestions, which change with the facts on the Basics page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer chosen: choose at least one, usually the human rights officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own choice: the facts on the Basics page no longer change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approx.</source>
        <comment>short for: the date is approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the date is approximate (or type ~ before the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prior outreach, earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Insert (or choose Add outreach) for each embassy, ministry, UN office, NGO or parliament you already contacted, or tick “No prior outreach” above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassies want to know whom you already asked for help and what came of it: other embassies, ministries in their capital, the UN, NGOs, parliaments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No prior outreach: this is the first time I ask anyone for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “no prior outreach”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark “no prior outreach”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach is recorded below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick this to record outreach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rows are marked “%1”; change the default on the Timeline page.</source>
        <translation type="unfinished"></translation>
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
        <source>Search the reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference content could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your specific request for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassies act on a clear, specific request. Tick what you ask for, say it in your own words, and name the embassies and officers you want to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What support you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request in your own &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the trial opens next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers to ask to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case matters to that &amp;government:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case matters to that government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the embassy &amp;could do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before you print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the three things an embassy needs are here, and what each printout will show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the embassy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your speaker notes also repeat everything in the brief. Change where an event or an outreach item goes in its Disclosure column. Case files leave out “never print” items unless you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Prior outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Use the buttons to go where each is filled in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The vault was erased. You can create a new, empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases: the vault was erased. You can create a new, empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted since you last unlocked. Someone may have tried to guess your passphrase. The count has been reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and &amp;hide keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that lock the vault and hide every window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks at once and hides every hrdesk window. The unlock window waits, minimized, in the taskbar; open it from there. Leave the keys empty to turn this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase the vault after this many wrong passphrases in a row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrases allowed before the vault is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when someone may try to guess your passphrase in this app. The count survives restarts; the unlock window shows the attempts left. It cannot stop someone who copies the vault&apos;s files. Keep a backup elsewhere if you turn this on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use &apos;hrdesk backup&apos; to save one elsewhere.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency &amp;erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase after wrong passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 wrong passphrases in a row, hrdesk will erase the vault for good. A forgotten passphrase or a wrong keyboard layout counts too. Turn this on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message numerus="yes">
        <source>Embassies: the first %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embassies (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers: the first %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions: the newest %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
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
        <source>Lock now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 MiB of memory, time cost %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approx.</source>
        <comment>short for: the date is approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the date is approximate (or type ~ before the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of events, earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Press Insert (or choose Add event) and type the date, then Tab to the next cell. A year alone (2019) or a month (2019-03) is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts, as a timeline of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per event: threats, surveillance, attacks, arrests, charges, hearings, raids, smear campaigns. Each row says who may see it on paper: the brief you hand over, only your own speaker notes, or no printout at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;events and outreach are marked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure level for new events and outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event repeats one already in the timeline (%1, %2). Merge the two, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. The event is kept with this date; check it if it was a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>kind of contact, then its date: Meeting on 3 May 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1, no successor recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Was expected to leave %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Posting ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Posting ends in %n day(s), on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the follow-up done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On another day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze or reschedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days without contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without contact before an embassy or case is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups are due, no officer is about to leave and no commitment is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n oldest. Mark some done to see the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These officers are leaving or have left. Ask the embassy who takes over, then record the successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every embassy and open case has had contact in the last %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Engage early and often, so the embassy knows you before an emergency.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>Attempts left before the vault is erased: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d’abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not correct. Attempts left before the vault is erased: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
