<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export appraisal PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for your appraiser: what you did, what you learnt and how it maps to your framework. It is checked for names and other details that could identify someone before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other formats and import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of your whole journal as JSON or Markdown, or import one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections are included: change the choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for names and other identifying details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying details in your appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-assessment, plan or feedback may identify someone. Change it in the Appraisal view, or export it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reflection had something found, so none are left to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with suggestions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n detail(s) in %1 to the suggestions? The reflections in your journal are saved with the new words, and then the PDF is made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the details in your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appraisal PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: no place to save it was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages: reflection {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your appraisal PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDonePage</name>
    <message>
        <source>Your appraisal PDF is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}”, in the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reflections}, {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it through before you send it to your appraiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out because something identifying was found: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no password: share it the way your employer asks you to share confidential documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;his appraisal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last appraisal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appraisal year starts in {month} (change this in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections marked shareable and final go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also include pri&amp;vate reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private reflections were written for you alone. Tick this only if you mean your appraiser to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also include &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private reflections will be in the PDF. Read it before you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my appraisal workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-assessment, last period&apos;s objectives, your plan and feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach my evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and letters you keep with these reflections and the appraisal. The identifier check cannot read inside them: look at each before you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each reflection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line each (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an appraiser who will not read thirty pages: the summary, the charts, your own words and one line per reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary is the opening paragraph, what you learnt and your actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many reflections will be included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you and your appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Principal social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, role and employer are kept in your journal for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PDF password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a PDF without a password. With one, your appraiser needs it to open the PDF: tell them it separately, not in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) will be included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reflections in this period. Try a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections are included yet: see why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out from this period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some are both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use a PDF password of at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two PDF passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one framework.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Check before you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything leaves your journal it is checked for names and other details that could identify a child, a family or a colleague. Some of these may be fine to share; you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possible identifying details found: %n, in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision: with (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections and what was found in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names I protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always treat “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the names you protect, so it is always caught and always %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this and open the first of these reflections, so you can change the words yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace all with suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change every detail listed to the suggestion (a name becomes “Child A”, for example) in your journal, then export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave these reflections out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the others; these reflections stay in your journal unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything listed goes in the PDF as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the export choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenExportsDialog</name>
    <message>
        <source>Other formats and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is for you to keep. It includes private reflections and drafts, and it is not encrypted: keep it somewhere safe, such as your employer&apos;s secure drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All my reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;JSON file: it can be imported back into this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of &amp;Markdown files: one per reflection, for any text editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same Markdown files in one &amp;zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in reflections from a JSON file made by this app, for example on another computer. The whole file is checked first: if anything in it is wrong, nothing is imported. Reflections already in your journal stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of your reflections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import reflections from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: every reflection in “{name}” is already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reflection(s) from “{name}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in your journal, so left as they are: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Different from your journal&apos;s copy, which was kept: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appraisal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n appraisal(s) as they are: your journal already has one for the same period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reflection {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put back. Your journal will look exactly as it did when that backup was made. The journal as it is now is backed up first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the journal as it is, then putting the chosen backup in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before a restore, an update or a key change. These hold your journal as it was then, and are kept until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies kept before a restore, an update or a key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup {name}. The journal as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this kept copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen kept copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this kept copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this copy of your journal for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored with the key file kept beside it, so the journal now opens with the passphrase (or recovery key) you just used for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged journal, copied as it was before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (found by a check on {when}): not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verified {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} · {checked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{copy}

It holds your journal as it was then. Once deleted it cannot be brought back, and anything that is only in this copy is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Your journal is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {reason} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {reason} · {size} · never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup of your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (journal-*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this backup in place of your journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal as it is now is backed up first, so you can go back to it. Then it is replaced by the backup, and anything written since the backup was made will only be in that new backup. The journal closes while this happens and opens again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens without your passphrase while you are signed in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage / Iaith:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may &amp;know my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may know my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraisal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search finds &amp;Welsh word forms (plant, blant, phlant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For journals written in Welsh: a search also finds mutated words. Leave it off for English, where it would find a few false matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you (shown on your appraisal PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Principal social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Care Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, 1 April 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your Social Care Wales registration was last renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;renewal (Wales):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Social Care Wales renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted like the journal. Leave empty for the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
