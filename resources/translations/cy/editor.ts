<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionRow</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do or learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>No actions yet. What will you do, try or learn because of this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an action or learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action or learning goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppraisalWorkspace</name>
    <message>
        <source>%1 (this year)</source>
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
    <message>
        <source>&amp;Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short quote. Leave out names: say who by their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the chosen action or learning goal as an objective, linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action from a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Appraisal &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the appraisal meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains this objective develops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 1 October 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: end-of-year supervision survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a reflection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you go about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last period&apos;s objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions in this period&apos;s reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection evidences this domain in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives planned for %1. Say what became of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections evidencing this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this feedback? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this objective from the plan? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period before this one had no objectives planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appraisal before this one in your journal, so there are no objectives to review. Next year, this period&apos;s plan will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may identify someone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well in this domain this period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to develop next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Choose a reflection from the list, or press Ctrl+N to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: what is this reflection about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session or event happened, not when you wrote about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: stays in this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable: may go in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is still being written; a final reflection is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only shareable reflections can go into an export you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflective model gives the reflection its sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this reflection to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is in the trash. Restore it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for ever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains this reflection evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and learning goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be added once the reflection is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything the sections above do not cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reflection here. **Bold**, *italic* and - bullets work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsBar</name>
    <message>
        <source>Identifier check: no names, addresses or other identifying details found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierPanel</name>
    <message>
        <source>Possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names I &amp;protect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the check always finds, with the pseudonym you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections can be disclosed, so write about your learning and use roles instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible identifying detail(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, also covered by “Replace all”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the names you protect: always caught, in any capitals, and always written as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always treat “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>Reflection text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bold, headings and lists as they look. The text is kept as you typed it (Markdown, e.g. **bold** and - bullet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Reflection text, formatted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>1:1 supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership or management meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: newly qualified social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role, never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other person&apos;s role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Domains this reflection evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from what you have written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each domain this reflection is evidence for. Move to a domain with the arrow keys, or point at it, to read what it covers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — because you wrote %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
