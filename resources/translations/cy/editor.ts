<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionRow</name>
    <message>
        <source>Done</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Ticiwch pan fydd wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Action or learning goal</source>
        <translation>Cam gweithredu neu nod dysgu</translation>
    </message>
    <message>
        <source>What will you do or learn?</source>
        <translation>Beth fyddwch chi&apos;n ei wneud neu&apos;n ei ddysgu?</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Nod dysgu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Mae ganddo ddyddiad cwblhau</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad cwblhau</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Tynnu&apos;r cam gweithredu hwn</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>No actions yet. What will you do, try or learn because of this?</source>
        <translation>Dim camau gweithredu eto. Beth fyddwch chi&apos;n ei wneud, yn rhoi cynnig arno neu&apos;n ei ddysgu o ganlyniad i hyn?</translation>
    </message>
    <message>
        <source>&amp;Add an action or learning goal</source>
        <translation>Ychwanegu &amp;cam gweithredu neu nod dysgu</translation>
    </message>
    <message>
        <source>Add an action or learning goal</source>
        <translation>Ychwanegu cam gweithredu neu nod dysgu</translation>
    </message>
</context>
<context>
    <name>AppraisalWorkspace</name>
    <message>
        <source>%1 (this year)</source>
        <translation>%1 (eleni)</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>dim myfyrdodau</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n fyfyrdod</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n myfyrdod</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Ychwanegu at y cynllun</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>Erbyn &amp;pryd</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Fframwaith</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Sut</translation>
    </message>
    <message>
        <source>&amp;New feedback</source>
        <translation>Adborth &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;New objective</source>
        <translation>Amcan &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>A&amp;mcan</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Ca&amp;nlyniad</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Save feedback</source>
        <translation>&amp;Cadw&apos;r adborth</translation>
    </message>
    <message>
        <source>&amp;Save objective</source>
        <translation>&amp;Cadw&apos;r amcan</translation>
    </message>
    <message>
        <source>&amp;Save self-assessment</source>
        <translation>&amp;Cadw&apos;r hunanasesiad</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Pwy</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pam</translation>
    </message>
    <message>
        <source>A child or young person</source>
        <translation>Plentyn neu berson ifanc</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Cydweithiwr</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>A partner agency</source>
        <translation>Asiantaeth bartner</translation>
    </message>
    <message>
        <source>A short quote. Leave out names: say who by their role.</source>
        <translation>Dyfyniad byr. Peidiwch â chynnwys enwau: nodwch pwy yn ôl eu rôl.</translation>
    </message>
    <message>
        <source>A supervisee</source>
        <translation>Goruchwylai</translation>
    </message>
    <message>
        <source>Adds the chosen action or learning goal as an objective, linked to it.</source>
        <translation>Yn ychwanegu&apos;r cam gweithredu neu&apos;r nod dysgu a ddewiswyd fel amcan, wedi&apos;i gysylltu ag ef.</translation>
    </message>
    <message>
        <source>An action from a reflection</source>
        <translation>Cam gweithredu o fyfyrdod</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Mae %n arall hefyd.</numerusform>
            <numerusform>Mae un arall hefyd.</numerusform>
            <numerusform>Mae %n arall hefyd.</numerusform>
            <numerusform>Mae %n arall hefyd.</numerusform>
            <numerusform>Mae %n arall hefyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appraisal &amp;meeting</source>
        <translation>Cyfarf&amp;od arfarnu</translation>
    </message>
    <message>
        <source>Appraisal &amp;period</source>
        <translation>Cyfnod &amp;arfarnu</translation>
    </message>
    <message>
        <source>Appraisal period</source>
        <translation>Cyfnod arfarnu</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Date of the appraisal meeting</source>
        <translation>Dyddiad y cyfarfod arfarnu</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Cynllun datblygu</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Parthau</translation>
    </message>
    <message>
        <source>Domains this objective develops</source>
        <translation>Parthau y mae&apos;r amcan hwn yn eu datblygu</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Adborth a gafwyd</translation>
    </message>
    <message>
        <source>For example 1 October 2026</source>
        <translation>Er enghraifft 1/10/2026</translation>
    </message>
    <message>
        <source>For example: end-of-year supervision survey</source>
        <translation>Er enghraifft: arolwg goruchwyliaeth diwedd blwyddyn</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>From a reflection:</source>
        <translation>O fyfyrdod:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>How will you go about it?</source>
        <translation>Sut byddwch chi&apos;n mynd ati?</translation>
    </message>
    <message>
        <source>Last period&apos;s objectives</source>
        <translation>Amcanion y cyfnod diwethaf</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>No open actions in this period&apos;s reflections</source>
        <translation>Dim camau gweithredu agored ym myfyrdodau&apos;r cyfnod hwn</translation>
    </message>
    <message>
        <source>No reflection evidences this domain in this period yet.</source>
        <translation>Does dim myfyrdod yn dystiolaeth ar gyfer y parth hwn yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei gyflawni</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amcan</translation>
    </message>
    <message>
        <source>Objectives in the plan</source>
        <translation>Amcanion yn y cynllun</translation>
    </message>
    <message>
        <source>Objectives planned for %1. Say what became of each.</source>
        <translation>Amcanion a gynlluniwyd ar gyfer %1. Nodwch beth ddaeth o bob un.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Parts of the appraisal</source>
        <translation>Rhannau&apos;r arfarniad</translation>
    </message>
    <message>
        <source>Press Enter to open a reflection.</source>
        <translation>Pwyswch Enter i agor myfyrdod.</translation>
    </message>
    <message>
        <source>Reflections evidencing this domain</source>
        <translation>Myfyrdodau sy&apos;n dystiolaeth ar gyfer y parth hwn</translation>
    </message>
    <message>
        <source>Reflections this period</source>
        <translation>Myfyrdodau&apos;r cyfnod hwn</translation>
    </message>
    <message>
        <source>Remove feedback</source>
        <translation>Tynnu adborth</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Tynnu amcan</translation>
    </message>
    <message>
        <source>Remove this feedback? This cannot be undone.</source>
        <translation>Tynnu&apos;r adborth hwn? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Remove this objective from the plan? This cannot be undone.</source>
        <translation>Tynnu&apos;r amcan hwn o&apos;r cynllun? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>S&amp;trengths</source>
        <translation>C&amp;ryfderau</translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation>&amp;Cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>The period before this one had no objectives planned.</source>
        <translation>Doedd dim amcanion wedi&apos;u cynllunio ar gyfer y cyfnod cyn hwn.</translation>
    </message>
    <message>
        <source>There is no appraisal before this one in your journal, so there are no objectives to review. Next year, this period&apos;s plan will be here.</source>
        <translation>Does dim arfarniad cyn hwn yn eich dyddlyfr, felly does dim amcanion i&apos;w hadolygu. Y flwyddyn nesaf, bydd cynllun y cyfnod hwn yma.</translation>
    </message>
    <message>
        <source>This may identify someone: %1.</source>
        <translation>Gallai hyn adnabod rhywun: %1.</translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
        <translation>P&amp;ryd</translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation>Beth ydych chi am ei gyflawni?</translation>
    </message>
    <message>
        <source>What happened, and why?</source>
        <translation>Beth ddigwyddodd, a pham?</translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation>Beth &amp;ddywedon nhw</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>What to &amp;develop</source>
        <translation>Beth i&apos;w &amp;ddatblygu</translation>
    </message>
    <message>
        <source>What to develop</source>
        <translation>Beth i&apos;w ddatblygu</translation>
    </message>
    <message>
        <source>What went well in this domain this period?</source>
        <translation>Beth aeth yn dda yn y parth hwn yn ystod y cyfnod hwn?</translation>
    </message>
    <message>
        <source>What would you like to develop next?</source>
        <translation>Beth hoffech chi ei ddatblygu nesaf?</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Pwy ddywedodd</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>erbyn %1</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Wedi&apos;i gadw am %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Heb ei gadw eto: %1</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Choose a reflection from the list, or press Ctrl+N to write a new one.</source>
        <translation>Dewiswch fyfyrdod o&apos;r rhestr, neu pwyswch Ctrl+N i ysgrifennu un newydd.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Title: what is this reflection about?</source>
        <translation>Teitl: am beth mae&apos;r myfyrdod hwn?</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Dyddiad y digwyddiad</translation>
    </message>
    <message>
        <source>When the session or event happened, not when you wrote about it</source>
        <translation>Pryd y digwyddodd y sesiwn neu&apos;r digwyddiad, nid pryd ysgrifennoch chi amdano</translation>
    </message>
    <message>
        <source>Reflective model</source>
        <translation>Model myfyriol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Pwy sy&apos;n gallu ei weld</translation>
    </message>
    <message>
        <source>Private: stays in this journal</source>
        <translation>Preifat: yn aros yn y dyddlyfr hwn</translation>
    </message>
    <message>
        <source>Shareable: may go in exports</source>
        <translation>I&apos;w rannu: gall fynd mewn allforiadau</translation>
    </message>
    <message>
        <source>A draft is still being written; a final reflection is finished</source>
        <translation>Mae drafft yn dal i gael ei ysgrifennu; mae myfyrdod terfynol wedi&apos;i orffen</translation>
    </message>
    <message>
        <source>Only shareable reflections can go into an export you share</source>
        <translation>Dim ond myfyrdodau i&apos;w rhannu all fynd mewn allforiad rydych chi&apos;n ei rannu</translation>
    </message>
    <message>
        <source>The reflective model gives the reflection its sections</source>
        <translation>Mae&apos;r model myfyriol yn rhoi ei adrannau i&apos;r myfyrdod</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nifer y geiriau</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>I&apos;r bin sbwriel</translation>
    </message>
    <message>
        <source>Move this reflection to the trash</source>
        <translation>Symud y myfyrdod hwn i&apos;r bin sbwriel</translation>
    </message>
    <message>
        <source>This reflection is in the trash. Restore it to change it.</source>
        <translation>Mae&apos;r myfyrdod hwn yn y bin sbwriel. Adferwch ef i&apos;w newid.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Delete for ever…</source>
        <translation>Dileu am byth…</translation>
    </message>
    <message>
        <source>&amp;Date of the event</source>
        <translation>&amp;Dyddiad y digwyddiad</translation>
    </message>
    <message>
        <source>Reflective &amp;model</source>
        <translation>&amp;Model myfyriol</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>&amp;Who can see it</source>
        <translation>&amp;Pwy sy&apos;n gallu ei weld</translation>
    </message>
    <message>
        <source>Domains this reflection evidences</source>
        <translation>Parthau y mae&apos;r myfyrdod hwn yn dystiolaeth ar eu cyfer</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>Actions and learning goals</source>
        <translation>Camau gweithredu a nodau dysgu</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>Files can be added once the reflection is saved.</source>
        <translation>Gallwch ychwanegu ffeiliau ar ôl i&apos;r myfyrdod gael ei gadw.</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Unrhyw beth arall</translation>
    </message>
    <message>
        <source>Optional: anything the sections above do not cover.</source>
        <translation>Dewisol: unrhyw beth nad yw&apos;r adrannau uchod yn ei gwmpasu.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Write your reflection here. **Bold**, *italic* and - bullets work.</source>
        <translation>Ysgrifennwch eich myfyrdod yma. Mae **trwm**, *italig* a - bwledi yn gweithio.</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>y teitl</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n o eiriau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsBar</name>
    <message>
        <source>Identifier check: no names, addresses or other identifying details found.</source>
        <translation>Gwiriad manylion adnabod: dim enwau, cyfeiriadau na manylion adnabod eraill wedi&apos;u canfod.</translation>
    </message>
</context>
<context>
    <name>IdentifierPanel</name>
    <message>
        <source>Possible identifying details</source>
        <translation>Manylion adnabod posibl</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Am&amp;newid y cyfan</translation>
    </message>
    <message>
        <source>Replace all identifying details</source>
        <translation>Amnewid pob manylyn adnabod</translation>
    </message>
    <message>
        <source>Names I &amp;protect…</source>
        <translation>&amp;Enwau rwy&apos;n eu diogelu…</translation>
    </message>
    <message>
        <source>Names the check always finds, with the pseudonym you chose</source>
        <translation>Enwau y mae&apos;r gwiriad bob amser yn eu canfod, gyda&apos;r ffugenw a ddewisoch chi</translation>
    </message>
    <message>
        <source>Reflections can be disclosed, so write about your learning and use roles instead.</source>
        <translation>Gall myfyrdodau gael eu datgelu, felly ysgrifennwch am eich dysgu a defnyddiwch rolau yn lle enwau.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible identifying detail(s).</source>
        <translation>
            <numerusform>%n manylyn adnabod posibl.</numerusform>
            <numerusform>%n manylyn adnabod posibl.</numerusform>
            <numerusform>%n manylyn adnabod posibl.</numerusform>
            <numerusform>%n manylyn adnabod posibl.</numerusform>
            <numerusform>%n o fanylion adnabod posibl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, also covered by “Replace all”.</source>
        <translation>
            <numerusform>%n arall, y mae “Amnewid y cyfan” yn eu cynnwys hefyd.</numerusform>
            <numerusform>%n arall, y mae “Amnewid y cyfan” yn ei gynnwys hefyd.</numerusform>
            <numerusform>%n arall, y mae “Amnewid y cyfan” yn eu cynnwys hefyd.</numerusform>
            <numerusform>%n arall, y mae “Amnewid y cyfan” yn eu cynnwys hefyd.</numerusform>
            <numerusform>%n arall, y mae “Amnewid y cyfan” yn eu cynnwys hefyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” in %3</source>
        <translation>%1 “%2” yn %3</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>Rhoi %1 yn ei le</translation>
    </message>
    <message>
        <source>Replace “%1” with %2</source>
        <translation>Rhoi %2 yn lle “%1”</translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation>%1 bob tro</translation>
    </message>
    <message>
        <source>Add “%1” to the names you protect: always caught, in any capitals, and always written as %2</source>
        <translation>Ychwanegu “%1” at yr enwau rydych chi&apos;n eu diogelu: caiff ei ganfod bob tro, mewn unrhyw briflythrennau, a&apos;i ysgrifennu fel %2 bob tro</translation>
    </message>
    <message>
        <source>Always treat “%1” as %2</source>
        <translation>Trin “%1” fel %2 bob tro</translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>Reflection text</source>
        <translation>Testun y myfyrdod</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Fformatio</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Trwm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italig</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Rhestr bwledi</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Rhestr</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Rhag&amp;olwg</translation>
    </message>
    <message>
        <source>Show the formatting</source>
        <translation>Dangos y fformatio</translation>
    </message>
    <message>
        <source>Show bold, headings and lists as they look. The text is kept as you typed it (Markdown, e.g. **bold** and - bullet).</source>
        <translation>Dangos testun trwm, penawdau a rhestrau fel maen nhw&apos;n edrych. Caiff y testun ei gadw fel y gwnaethoch ei deipio (Markdown, e.e. **trwm** a - bwled).</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Reflection text, formatted</source>
        <translation>Testun y myfyrdod, wedi&apos;i fformatio</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>1:1 supervision</source>
        <translation>Goruchwyliaeth 1:1</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Goruchwyliaeth grŵp</translation>
    </message>
    <message>
        <source>Leadership or management meeting</source>
        <translation>Cyfarfod arwain neu reoli</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Peer supervision</source>
        <translation>Goruchwyliaeth gan gymheiriaid</translation>
    </message>
    <message>
        <source>Reflective case discussion</source>
        <translation>Trafodaeth achos fyfyriol</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <source>Kind of session</source>
        <translation>Math o sesiwn</translation>
    </message>
    <message>
        <source>Not about a session</source>
        <translation>Ddim am sesiwn</translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation>Hyd y sesiwn mewn munudau</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Role of the other person</source>
        <translation>Rôl y person arall</translation>
    </message>
    <message>
        <source>For example: newly qualified social worker</source>
        <translation>Er enghraifft: gweithiwr cymdeithasol newydd gymhwyso</translation>
    </message>
    <message>
        <source>A role, never a name.</source>
        <translation>Rôl, byth enw.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesiwn:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>H&amp;yd:</translation>
    </message>
    <message>
        <source>&amp;Other person&apos;s role:</source>
        <translation>&amp;Rôl y person arall:</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Domains this reflection evidences</source>
        <translation>Parthau y mae&apos;r myfyrdod hwn yn dystiolaeth ar eu cyfer</translation>
    </message>
    <message>
        <source>About the chosen domain</source>
        <translation>Am y parth a ddewiswyd</translation>
    </message>
    <message>
        <source>Suggested from what you have written:</source>
        <translation>Awgrymiadau o&apos;r hyn rydych chi wedi&apos;i ysgrifennu:</translation>
    </message>
    <message>
        <source>Tick each domain this reflection is evidence for. Move to a domain with the arrow keys, or point at it, to read what it covers here.</source>
        <translation>Ticiwch bob parth y mae&apos;r myfyrdod hwn yn dystiolaeth ar ei gyfer. Symudwch i barth gyda&apos;r bysellau saeth, neu pwyntiwch ato, i ddarllen yma beth mae&apos;n ei gwmpasu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>%1 — because you wrote %2</source>
        <translation>%1 — oherwydd i chi ysgrifennu %2</translation>
    </message>
</context>
</TS>
