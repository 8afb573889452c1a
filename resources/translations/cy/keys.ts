<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Where should backups go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal makes a checked backup every day. Keep the backups in a different folder from the journal: if both are in one place, one disk failure or one deleted folder takes both. A folder your employer syncs (OneDrive, for example) is fine: backups are encrypted like the journal and open only with your passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In this folder (recommended):</source>
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
        <source>&amp;Beside the journal, in its own folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this later in Preferences.</source>
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
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflections are not touched; only the lock on them changes. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Open without typing your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal can be remembered by this computer&apos;s secure keyring, so it opens when you are signed in to your account. Only choose this if nobody else uses your account on this computer. You can change it later in Preferences.</source>
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
        <source>Not available here: {reason} Your passphrase will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>1. Open Reflective Supervision Journal.
2. On the unlock screen, choose “Forgot passphrase?”.
3. Type this recovery key (capital letters or small, with or without dashes).
4. Choose a new passphrase. This recovery key keeps working afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody else, including your IT team, can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this page and keep it somewhere private, away from this computer: with your personal documents or in a locked drawer. Anyone with this key and a copy of your journal could read your reflections. Once printed, delete the PDF file, or keep it only somewhere as safe as the printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this key is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up your journal – Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not remember the journal: {reason} You can try again in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal has been created. If you leave now, you can open it next time with your passphrase, but the recovery key will not be shown again.

Leave setup anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Which framework do you evidence most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can link a reflection to domains from any framework; this one is offered first. You can change it later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice supervisor (children&apos;s services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice supervisor (adult services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
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
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested for you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this if your recovery key was lost, or someone else may have seen it. The old key stops working, here and for your backups. Your passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase would be too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Four unrelated words work well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not strong enough yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will type it each time you open the journal. Four unrelated words are easy to remember and hard to guess. Avoid names, dates and anything you use for another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your encrypted journal. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedNameForm</name>
    <message>
        <source>Change a protected name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings and nicknames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Kayley, Kay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other spellings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who or what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check will always find this name, in capitals or not, and in every spelling you give (separate them with commas).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedNames</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedNamesDialog</name>
    <message>
        <source>Names I protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names you protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names yet. Add the children, family members, streets and schools you write about, and they will always be caught before anything is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protecting the chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These names are always found by the check for identifying details, in any capitals and every spelling you add, and always replaced by the same pseudonym. The list stays inside your encrypted journal and its backups: it is never put in an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protecting this name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protecting “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check will no longer be sure to catch it, and a new reflection may give it a different pseudonym. Reflections already changed keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use your recovery key – Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from your emergency kit, then choose a new passphrase. Your reflections stay exactly as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Keep your recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way back into your journal. Nobody else, including your IT team, can reset it for you. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the kit, or write the key down, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored my recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored my recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective journal emergency kit.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock out whoever knew your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal gets a new encryption key, a new passphrase and a new recovery key, and your backups are re-encrypted so the old passphrase and recovery key open none of them. It can take a few minutes for a large journal; you can stop the computer at any moment without losing anything.

It cannot take back copies someone already made: a copy of the old files still opens with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the old backups instead of re-encrypting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old backups instead of re-encrypting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the re-encrypted journal in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the old backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your journal&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock – Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to your reflective journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to think through supervision sessions and leadership moments, link your reflections to the knowledge and skills statement, and gather evidence for your appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer with a passphrase only you know. Nothing is sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up takes about two minutes: choose a passphrase, keep a recovery key safe, and pick the framework you use most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will be kept in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
