"""Hand-written example reflections for the demo journal (part two: the later months and CPD).

Fictional and anonymised like part one: roles, never names; learning, never case facts.
"""

from __future__ import annotations

from journal_app.services.demo_reflections import (
    DRAFT,
    GROUP,
    MEETING,
    ONE,
    OTHER,
    PEER,
    PRIVATE,
    RCD,
    TRAINING,
    DemoReflection,
    done,
    due,
    overdue,
    someday,
)

LATER_IN_THE_YEAR: tuple[DemoReflection, ...] = (
    DemoReflection(
        "Caseload weighting: a tool that helped and a tool that hid",
        155,
        "gibbs",
        """
@description
We have used a caseload weighting tool for six months. Today the team managers and I
reviewed it. Numbers have become fairer across teams and allocation arguments are shorter.
But two managers said the tool now decides for them, and one worker with a "green" weighting
had been struggling for weeks.
@feelings
Pleased that something I championed has helped; uneasy that it has also become a reason not
to look.
@evaluation
The tool did what it was designed to do. It was never designed to tell us how a person is
coping, how complex a family feels, or how much travelling a rural patch involves.
@analysis
Any measure that is used to make decisions starts to replace the judgement it was meant to
inform. Weighting is a conversation starter, not a conversation. A caseload is also only part
of workload: court work, duty and students all take time the tool does not count.
@conclusion
Keep the tool, change how we talk about it.
@action_plan
Managers will use the weighting at the start of supervision and then ask the worker how the
caseload feels, and record both. We will add court weeks and student supervision to the tool.
""",
        ("kss-pl:3", "kss-ps:3"),
        (MEETING, 90, "the group of team managers"),
        actions=(done("Add court weeks and student supervision to the weighting tool", 45),),
    ),
    DemoReflection(
        "Peer supervision with the regional network: caught in the middle",
        186,
        "gibbs",
        """
@description
Three principal social workers from the regional network now meet every six weeks for peer
supervision. This time one of us brought a question we all recognised: how do you lead
practice when the message from above is mostly about performance, and the message from
below is mostly about workload?
@feelings
Relieved that it was not only me, and a little uneasy at how quickly we slipped into
complaining about our directors.
@evaluation
The first half hour was venting, which had its place. The useful part came when we asked
what each of us actually controls: the questions we ask, what we celebrate, and how we
translate targets into something that makes sense to a social worker.
@analysis
Practice leaders sit between two cultures. If we simply pass pressure down, we become the
managerialism we criticise; if we simply absorb it, we burn out and teams never see the
reasons behind decisions. The role is translation, in both directions, and that needs
its own supervision.
@conclusion
Peer supervision is not a luxury for people in this position. It is where I get the
challenge my own line management cannot always give.
@action_plan
Keep the six-weekly sessions, take turns to bring a real dilemma rather than a topic, and
try one "translation" in my next briefing: a target explained in terms of children.
""",
        ("kss-pl:2", "kss-ps:4", "pcf:9"),
        (PEER, 90, "two principal social workers from the regional network"),
        actions=(done("Explain one target in terms of children at the next briefing", 21),),
    ),
    DemoReflection(
        "Group supervision after a young person's death",
        148,
        "morrison-4x4x4",
        """
@experience
The leaving care team asked for group supervision after the death of a young person they had
known for years. The formal review processes have started; this session was for the team.
@reflection
I was anxious about saying the wrong thing and about the team feeling that management had
come to check on them. I said at the start that this was not a review and that nothing
said would be recorded beyond the fact that we met.
@analysis
Grief in teams is often unspoken because professionals feel they have no right to it. People
also carry a quiet fear of blame long before any review says anything. Both need naming.
Several people talked about the relationship, not the case, and that was the most important
thing that happened in the room.
@action_plan
Offer individual time to anyone who wants it; make sure the team hears directly from me about
the review process and what it is for; check in again in a month, and at the anniversary.
@functions
Support, almost entirely. A small piece of mediation in explaining the review process.
@stakeholders
The team; the young person's family and friends, whose grief is greater; the organisation,
which must learn without blaming; partners who also knew and worked with them.
""",
        ("kss-pl:2", "kss-ps:7"),
        (GROUP, 90, "the leaving care team"),
        actions=(
            done("Offer individual time to each member of the team", 7),
            done("Check in with the team a month after the session", 30),
        ),
    ),
    DemoReflection(
        "Apprenticeship route: the first cohort's reflections",
        141,
        "free-form",
        """
I met the first group of social work apprentices, now half-way through their degree. Most
were family support workers before, and several have worked here longer than I have.

They are clear about what works: learning in the teams they know, practice educators who
protect their study time, and being trusted with real work. They are also clear about what
does not. Study days get cancelled when teams are busy, and a couple of them feel they are
treated as a cheap social worker rather than a student.

*Growing our own* is one of the better things we do for recruitment, because people who know
the communities and the service stay. But it only works if we protect the learning, and the
pressure to backfill gaps is constant.

I have agreed with the team managers that study days are protected in the same way as court
dates. I also want the apprentices to have a route into our newly qualified programme that
recognises what they already know rather than starting again.
""",
        ("kss-pl:4",),
        (GROUP, 60, "the first group of social work apprentices"),
        actions=(
            done("Agree with team managers that study days are protected", 14),
            due("Design an ASYE route that recognises apprentices' experience", 180),
        ),
    ),
    DemoReflection(
        "Being supervised well: my own supervision",
        140,
        "kolb",
        """
@concrete_experience
In my own supervision with the director, I brought a decision I was unsure about rather than
an update. She did not give me an answer. She asked what I was afraid of, and I realised it
was being seen as soft.
@reflective_observation
I talk a lot about reflective supervision for frontline workers and rarely ask for it myself.
Senior leaders tend to treat their own supervision as a chance to brief upwards. I do that
too, partly because it feels safer than admitting uncertainty.
@abstract_conceptualisation
The culture of a service is modelled from the top. If senior leaders only ever bring
certainty to supervision, everyone below learns that uncertainty is weakness. Emotionally
intelligent supervision requires the supervisee to be willing as well as the supervisor.
@active_experimentation
Bring at least one open question to each of my own supervisions, and tell my team managers I
am doing so.
""",
        ("kss-pl:4", "kss-ps:7"),
        (ONE, 60, "the director of children's services"),
        visibility=PRIVATE,
        actions=(
            due("Bring an open question, not an update, to my own supervision", 30, goal=True),
        ),
    ),
    DemoReflection(
        "Testing a step-down decision framework with early help",
        134,
        "kolb",
        """
@concrete_experience
We have been piloting a short framework for deciding when a family should step down from
social work to early help. Today the pilot group reviewed the first twenty decisions made
with it.
@reflective_observation
Decisions were quicker and more consistent. The early help managers said handovers were
clearer. But in a few cases the framework had been used to justify a decision already made,
with the boxes filled in afterwards.
@abstract_conceptualisation
A decision framework supports judgement when it is used to think with, and becomes a
compliance tool when it is used to write with. The difference is when it is used: before the
decision, in conversation, or afterwards, alone at a desk. Research on decision-making
suggests structure helps most when it makes people slow down at the right moment.
@active_experimentation
Use the framework in the step-down meeting, on screen, with the family's views recorded
first. Review another twenty decisions in three months to see whether the order changed
anything.
""",
        ("kss-pl:5",),
        (MEETING, 90, "early help managers and two team managers"),
        actions=(
            done("Move the step-down framework into the handover meeting", 21),
            done("Review a further twenty step-down decisions", 90),
        ),
    ),
    DemoReflection(
        "Learning review: what we tell ourselves about hindsight",
        127,
        "driscoll",
        """
@what
I sat on the panel for a local learning review. The draft report was careful and fair, but
several findings read as though the outcome had been foreseeable, which is easy to say once
you know it.
@so_what
Hindsight bias makes the path to harm look obvious. At the time, practitioners were making
sense of partial, conflicting information in a busy system. If reviews only ask "what should
they have seen?", they teach staff to fear being wrong rather than to think well.

I asked the panel to add a section on what made sense to people at the time, and what in the
system shaped that, such as workload, information sharing and supervision. The reviewer
agreed and said it made the findings stronger, not weaker.
@now_what
Share the review with teams in a way that explores the conditions, not the individuals. Use
it in a reflective session where staff can ask "could this have been us?" without fear.
""",
        ("kss-pl:6", "kss-pl:5"),
        (MEETING, 120, "a local learning review panel"),
        actions=(done("Run a reflective session on the review's learning", 60),),
    ),
    DemoReflection(
        "An ASYE portfolio that was too polished",
        120,
        "gibbs",
        """
@description
I read an end-of-year portfolio for a newly qualified social worker as part of moderation.
It was immaculate: every standard evidenced, every reflection tidy. It said almost nothing
about a mistake, a doubt or a change of mind.
@feelings
Oddly disappointed, given how good it looked.
@evaluation
The worker has clearly met the standards, and the portfolio is a credit to her effort. But
it does not show me how she learns, which is what matters in year two.
@analysis
We have taught people that reflection is a performance for an assessor. Portfolios reward
completeness, and nobody wants to write down what went wrong when it might be read as
failure. Good reflection is often untidy.
@conclusion
The problem is ours, not hers. Assessors and supervisors need to ask for, and value, honest
accounts of learning.
@action_plan
Add a required piece to the portfolio: one piece of work that did not go to plan and what
changed as a result. Talk to assessors about how they respond to honest reflections.
""",
        ("kss-pl:4", "kss-ps:2"),
        (OTHER, 45, "the ASYE moderation panel"),
        actions=(done("Propose a 'did not go to plan' piece for the ASYE portfolio", 30),),
    ),
    DemoReflection(
        "Hybrid working and the lost corridor conversations",
        113,
        "schon",
        """
@reflection_in_action
At a team meeting, a newly qualified worker said she did not know who to ask about small
things. I asked the room how they used to learn that, and the experienced workers all said
the same thing: overhearing. Conversations in the office, calls at the next desk, someone
asking "what would you do?" over a coffee.
@reflection_on_action
Hybrid working has given people time back and many prefer it. It has also removed the
informal learning that newer workers relied on, without anyone deciding to remove it.

That is a system design issue. It needs something deliberate rather than a return-to-office
rule: anchor days when the team is together, a daily drop-in call with a senior
practitioner, and pairing newer staff with an experienced worker for visits. I will suggest
these to the team managers and ask what they have already tried.
""",
        ("kss-pl:3",),
        (GROUP, 60, "a children in need team"),
        actions=(done("Suggest anchor days and a daily drop-in call to team managers", 14),),
    ),
    DemoReflection(
        "Does compliance eat practice leadership for breakfast?",
        106,
        "free-form",
        """
A slide from that leadership talk earlier in the year asked whether compliance eats practice
leadership for breakfast. It came back to me this week after a senior meeting that spent an
hour on performance indicators and ten minutes on a practice model we launched with great
enthusiasm.

I do not think the answer is to abandon compliance. Children need us to meet statutory
duties. The danger is when compliance becomes the whole conversation, because people hear
what leaders ask about and conclude that is what matters.

Some questions to keep asking myself:

- What do I ask about first in a meeting: numbers or practice?
- When a team performs well on indicators, do I ask whether families experience it as good?
- When I introduce something new, does it come with time and support, or only with a target?

This week the honest answer to the first question was "numbers". I have asked for our next
leadership meeting to begin with a practice story and end with the figures.
""",
        ("kss-pl:2", "kss-pl:6"),
        actions=(done("Reorder the leadership meeting agenda: practice first", 14),),
        essential=15,
    ),
    DemoReflection(
        "Negotiating a shared front door with partners",
        99,
        "morrison-4x4x4",
        """
@experience
Leaders from police, health and education met to decide whether to move to a shared front
door. Everybody was in favour in principle. In practice, each agency wanted the others to
change.
@reflection
I felt the pull to defend our own service's way of doing things, because I know its reasons.
But a shared front door only works if every agency gives something up.
@analysis
System design across agencies is a negotiation about power and risk. The sticking point was
not information sharing but who holds the risk when a contact is not taken forward. Once we
named that, the conversation became more honest.
@action_plan
Draft a short statement of shared principles, including how disagreements are escalated, and
test it with frontline staff from each agency before anything is signed.
@functions
Mediation above all; management in being clear about what our service can commit to.
@stakeholders
Children and families, who want one conversation rather than four; frontline staff; our
organisation; and partners with their own pressures.
""",
        ("kss-pl:3", "kss-ps:3"),
        (MEETING, 120, "leaders from police, health and education"),
        actions=(
            done("Draft shared principles for the front door", 30),
            due("Test the principles with frontline staff from each agency", 120),
        ),
    ),
    DemoReflection(
        "Supervising a decision about a child returning home",
        92,
        "driscoll",
        """
@what
In a reflective case discussion, a team was weighing whether a child in care should return
home. The parents had made real changes; the worry was whether they would last.
@so_what
I noticed that the discussion kept going back to the past: what had happened, who had been
right. I asked the group instead to describe what the next six months would need to look like
for a return to work, and what the early signs of it not working would be.

That shifted the group from judging the past to planning the future, and from a yes-or-no
question to a managed process. Decisions about return are among the most consequential we
make, and the research on reunification suggests the support after return matters as much
as the decision itself.
@now_what
The team will write a return plan with support named and funded before the decision goes to
panel. I want to look at how often our return decisions come with that kind of plan.
""",
        ("kss-pl:5", "kss-ps:5"),
        (RCD, 75, "a children in care team and its team manager"),
        actions=(done("Sample recent return-home decisions for support plans", 45),),
    ),
    DemoReflection(
        "Reviewing our practice standards: fewer, clearer, owned",
        85,
        "gibbs",
        """
@description
I led a session with team managers to review our practice standards document. It has grown
to forty pages over five years, with each new inspection or review adding a section. Nobody
in the room could name more than a few of its standards.
@feelings
Slightly ashamed: some of the sections were mine.
@evaluation
The session went well because we started from what practitioners actually need to know,
rather than from the document. We agreed that standards nobody remembers are not standards.
@analysis
Leading and governing excellent practice requires expectations that are clear, few enough to
remember, and owned by the people who meet them. Our document was an accumulation of
responses to past criticism, which is what happens when governance is reactive.
@conclusion
Fewer, clearer standards, each with a short reason grounded in children's experience.
@action_plan
- Draft no more than ten standards, with the team managers
- Test them with practitioners and with young advisers
- Retire the old document once the new one is agreed
""",
        ("kss-pl:1",),
        (MEETING, 120, "the group of team managers"),
        actions=(
            done("Draft no more than ten practice standards with team managers", 30),
            overdue("Test the draft standards with practitioners and young advisers", 50),
            someday("Retire the old practice standards document"),
        ),
        essential=1,
    ),
    DemoReflection(
        "Turning audit findings into practice, not action plans",
        78,
        "kolb",
        """
@concrete_experience
Our last three audit reports each ended with an action plan, and most actions were "remind
staff of" something. I went back through them and could not find a single case where
practice had changed as a result.
@reflective_observation
Reminders are easy to issue and easy to ignore. Audit feels complete when the report goes to
the board, but learning happens, if at all, in the conversations afterwards.
@abstract_conceptualisation
Quality assurance improves practice when findings reach the people doing the work as
something to think about, not something to comply with. The most effective learning I have
seen is small: a team looking at two audited cases together and talking about what good
would have looked like.
@active_experimentation
Replace the action plan at the end of each audit with a learning session in each team, led
by a team manager who took part in the audit. Track whether the theme shows up differently in
the next audit.
""",
        ("kss-pl:6", "kss-pl:4"),
        (MEETING, 60, "the quality assurance team"),
        actions=(
            done("Replace audit action plans with team learning sessions", 30),
            due("Compare the next audit's findings on the same theme", 150),
        ),
    ),
    DemoReflection(
        "Exit interview: the worker who said nobody asked",
        71,
        "free-form",
        """
I held an exit conversation with a social worker leaving after four years. She was warm and
clear: she was not leaving because of the work, which she loves, or her team, which she
will miss. She was leaving because nobody had ever asked her what she wanted to do next.

She had applied for two internal roles and not been shortlisted, with no feedback. A
neighbouring authority offered her a specialist role in the first conversation.

This is the retention conversation I wrote about months ago, arriving too late. We had a
good worker with clear ambitions and no route to talk about them.

I thanked her for her honesty and asked whether I could share her points, without her name,
with the team managers. She said yes. I want every worker with more than two years'
experience to have a career conversation at least once a year, recorded separately from
supervision so it does not get lost.
""",
        ("kss-pl:4",),
        (ONE, 45, "a social worker leaving the service"),
        visibility=PRIVATE,
        actions=(due("Introduce a yearly career conversation for experienced workers", 120),),
    ),
    DemoReflection(
        "Briefing staff on budget pressures: honest without alarm",
        64,
        "schon",
        """
@reflection_in_action
At the all-staff briefing I had to explain the budget position and the vacancy controls that
follow from it. Half-way through I saw faces close. I had been speaking in the language of
the finance report.

I stopped and said what it meant for them: no redundancies, some posts held vacant, and a
commitment that caseloads would be reviewed before any post was held. Then I asked for
questions, and there were many, and some were angry.
@reflection_on_action
Honesty about difficult things builds trust, but only if it comes with what it means for
people and what leaders will do. I had prepared the figures, not the meaning.

I also think I was right to stay and take the angry questions rather than closing the
briefing. A calm, open response to bad news is part of creating a context where practice can
be good even under pressure. Next time, I will test the briefing on a few frontline staff
first.
""",
        ("kss-pl:2", "kss-pl:3"),
        (MEETING, 60, "all staff in the children's social care service"),
    ),
    DemoReflection(
        "Protecting time for direct work in the assessment team",
        57,
        "driscoll",
        """
@what
We tried protecting one morning a week in the assessment team for direct work: no meetings,
no duty, no routine calls.
@so_what
After two months the results are mixed. Workers who used it said it was the best change in a
long time, and the direct work recorded in assessments is richer. But the morning is
regularly lost to urgent work, and some people use it to catch up on recording, which is
understandable and not the point.

Protecting time is not the same as creating it. If the rest of the week is overfull, a
protected morning becomes a buffer for everything else.
@now_what
Look at the rest of the week as well: cut one recurring meeting, move routine duty to a
rota, and ask the team manager to talk about the protected morning in supervision as a
practice question, not a compliance one.
""",
        ("kss-pl:3",),
        (GROUP, 45, "the assessment team"),
        actions=(
            overdue("Cut one recurring meeting from the assessment team's week", 21),
            due("Review the protected morning with the team after three months", 90),
        ),
        essential=13,
    ),
    DemoReflection(
        "Supporting a senior practitioner into a first management role",
        50,
        "morrison-4x4x4",
        """
@experience
A senior practitioner has just stepped up as acting team manager. In our first supervision
she said the hardest thing was not the work but supervising people who were her peers last
month.
@reflection
I remembered how it felt. I also noticed I wanted to give her a management course rather
than space to think about it.
@analysis
Moving from peer to manager is a change of identity as well as a change of role. The
authority comes with the job but the legitimacy has to be earned, and trying to be the same
colleague as before usually fails. She needs support as much as development.
@action_plan
Fortnightly supervision for the first three months; pairing with an experienced team
manager as a mentor; a conversation about how she wants to use her authority, with examples.
@functions
Development and support first; management in agreeing what she is accountable for.
@stakeholders
The team, unsettled by the change; the children and families they work with; the
organisation, which needs managers to stay.
""",
        ("kss-pl:4", "kss-ps:2"),
        (ONE, 75, "an acting team manager, formerly a senior practitioner"),
        actions=(
            done("Pair the acting team manager with an experienced mentor", 14),
            due("Fortnightly supervision for the first three months", 90),
        ),
    ),
    DemoReflection(
        "Legal gateway meeting: whose evidence counts?",
        43,
        "gibbs",
        """
@description
I chaired a legal gateway meeting. The social work evidence was strong, the legal advice
clear. The family's own account appeared only as a line in the assessment.
@feelings
Uneasy: I realised I was about to agree a course of action without knowing what the parents
thought would help.
@evaluation
We paused and asked the worker what the family had said. Her answer was detailed and
thoughtful; she had simply not thought it belonged in a legal meeting.
@analysis
In formal decision-making spaces, professional evidence crowds out families' views. That is
not malicious; it is the shape of the meeting. But decisions are better, and fairer, when the
family's account is weighed as evidence.
@conclusion
A chair can change what counts by what they ask for.
@action_plan
Add a standing item to legal gateway: the family's view of the concerns and of what would
help.
""",
        ("kss-pl:5",),
        (MEETING, 60, "a legal gateway meeting with a solicitor and a team manager"),
        actions=(done("Add the family's view as a standing item at legal gateway", 14),),
    ),
    DemoReflection(
        "Dashboard redesign: fewer numbers, better questions",
        36,
        "free-form",
        """
The performance team and I have redesigned the monthly dashboard for team managers. It had
over sixty indicators. Managers told us they looked only at the ones that turned red.

The new version has twelve, grouped around questions rather than measures:

- **Are children seen?** visits, and how long since the child was seen alone
- **Are plans moving?** reviews on time, and plans open for more than a year
- **Are staff well?** caseloads, sickness, vacancies
- **Are families heard?** feedback cards and complaints themes

Each group ends with a prompt for the manager to add a sentence of context. Numbers do not
speak for themselves; someone who knows the team needs to say what they mean.

I want to see whether managers use the dashboard in supervision and team meetings, or only
when asked about it. That is the real test of whether it supports learning or just reporting.
""",
        ("kss-pl:6",),
        (MEETING, 90, "the performance team"),
        actions=(due("Ask team managers after three months how they use the dashboard", 90),),
    ),
    DemoReflection(
        "Restorative conversation after a team conflict",
        29,
        "kolb",
        """
@concrete_experience
Two experienced workers in the same team had fallen out over the handover of a case, and the
tension was affecting everyone. The team manager asked me to facilitate a conversation.
@reflective_observation
I used a restorative approach: what happened, what were you thinking at the time, who has
been affected, and what needs to happen now. Both were defensive at first. By the third
question each had acknowledged how the handover had felt to the other.
@abstract_conceptualisation
Conflict in teams is often about unspoken expectations rather than personalities. The same
relational skills we ask practitioners to use with families apply to how we work with each
other. A culture that deals with conflict openly is safer for children than one that hides it.
@active_experimentation
The team will agree a simple handover standard together. I will offer the team manager
coaching in facilitating these conversations herself next time.
""",
        ("kss-pl:2", "kss-ps:7"),
        (OTHER, 60, "two experienced social workers and their team manager"),
        actions=(due("Coach the team manager in facilitating restorative conversations", 60),),
    ),
    DemoReflection(
        "Interview day for the advanced practitioner posts",
        22,
        "driscoll",
        """
@what
We interviewed internal candidates for the first advanced practitioner posts, the route I
proposed after the career conversations. Five applied; two were appointed.
@so_what
The interviews were hard to score because all five are excellent practitioners. What
separated the appointed candidates was their ability to describe how they help others
practise well: coaching, modelling, case discussion.

The three who were not appointed need thoughtful feedback, or the new route will become
another reason to leave. I am conscious of the exit conversation earlier in the year.

I also noticed that the panel valued confident talkers. One candidate who was quieter in
the room is, by every account from her team, the person colleagues go to first.
@now_what
Give each unsuccessful candidate feedback in person, with a development plan, and ask
them what would help them apply again. Think about whether an interview is the right way
to find people who help others think, or whether observing a case discussion would be
fairer.
""",
        ("kss-pl:4",),
        (MEETING, 360, "an interview panel: the head of service and a practice educator"),
        status=DRAFT,
        actions=(due("Give feedback in person to the unsuccessful candidates", 10),),
    ),
    DemoReflection(
        "Permanence planning meeting: slowing a decision down",
        15,
        "schon",
        """
@reflection_in_action
At a permanence planning meeting the group was moving quickly towards a recommendation. I
noticed that nobody had said what the young person wanted, and that the person who knew him
best, his foster carer, had not been invited.

I asked whether we could make the decision without hearing from either. There was an
awkward pause, and then agreement that we could not, or should not.
@reflection_on_action
A delay of two weeks felt costly in the room, and the timescales pressure is real. But a
permanence decision made without the child's voice is a poorer decision, however timely.

Supporting effective decision-making includes knowing when a decision is not ready, and
being prepared to say so without making it sound like criticism of the people who brought
it. I want our permanence meetings to have a simple check before any recommendation: have we
heard from the child and from the people who know them best?
""",
        ("kss-pl:5",),
        (MEETING, 60, "the permanence planning group"),
        actions=(due("Add a 'have we heard from the child?' check to permanence meetings", 30),),
    ),
    DemoReflection(
        "Notes towards the annual practice quality report",
        8,
        "free-form",
        """
Notes for the report to the board. Not finished.

What I want the report to say is not only what the numbers show but what we have learnt:

- **From audits:** plans have become clearer about what should change for children, but
  the child's own words are still too rare in assessments.
- **From families:** the feedback cards say our workers are kind and our letters are not.
- **From children:** reviews are better when they happen where young people choose.
- **From staff:** protected time for direct work helps, when the rest of the week allows it.

Still to do: the section on learning reviews, and a short account of what we stopped doing.
I also want one page written by practitioners themselves, about what good practice here looks
like from the inside. Ask the practice forum whether they would draft it.
""",
        ("kss-pl:6", "kss-pl:2"),
        status=DRAFT,
        actions=(due("Ask the practice forum to draft a page for the quality report", 14),),
        essential=10,
    ),
    DemoReflection(
        "Preparing for the corporate parenting board",
        4,
        "gibbs",
        """
@description
I am presenting to the corporate parenting board next week on stability for children in
care. The paper is drafted. Elected members will ask about placement moves and about costs.
@feelings
Nervous, as always with the board, and wanting to show we are on top of things.
@evaluation
The paper is accurate but reads like a defence. It says little about what children told us,
and nothing about where we are not yet good enough.
@analysis
Being accountable to the board should mean accounting for the quality of children's
lives, not only for our performance. Members are corporate parents; they should
hear from children and hear what worries us. A board that only hears good news cannot govern
well.

I am also aware that members respond to stories more than to charts. One anonymised account
of what a placement move feels like for a child might do more than the tables.
@conclusion
@action_plan
""",
        ("kss-pl:6", "kss-pl:2"),
        (MEETING, 30, "the corporate parenting board"),
        status=DRAFT,
        essential=12,
    ),
    DemoReflection(
        "Looking back over the year before appraisal",
        1,
        "free-form",
        """
I read this journal from the beginning today, in preparation for appraisal. A few things stand
out.

**I wrote most about culture, workload and quality assurance.** Those are where my time went.
I wrote least about leading and governing practice: a single reflection, on our practice
standards, although the board, the inspection and the summer visits were all about
governance too. That is worth discussing with my appraiser: is the gap in my reflection or
in my leadership?

**The entries I learnt most from were the uncomfortable ones:** the decision I signed off
while uneasy, the debrief that nearly became a blame meeting, the exit conversation that came
too late.

**Several actions are still open.** Some because they were too big for one person, some
because I moved on to the next thing. Reflection that leads nowhere is exactly the box-ticking
I wanted to avoid.

For next year I want to spend less time on dashboards and more time in teams, and to keep
writing when things go well as well as when they do not.
""",
        ("kss-pl:4", "kss-pl:2", "swe:4"),
        actions=(
            due("Agree next year's learning and development plan at appraisal", 21, goal=True),
        ),
    ),
)

CPD_RECORDS: tuple[DemoReflection, ...] = (
    DemoReflection(
        "CPD record: a lecture on three approaches to leadership",
        130,
        "swe-cpd",
        """
@cpd_type
Reading and research: a recorded lecture by a researcher from a university centre for
children's social care, and the policy review it drew on.
@description
The lecture traced three approaches to leadership in children's social care since the
1970s: custodial management, managerialism and practice leadership. It was directly relevant
because I lead practice across a service and I am expected to evidence the knowledge and
skills statement for practice leaders.
@learning
That the three approaches are less distinct eras than tendencies that coexist in any service,
and in any leader. Managerialism brought real accountability but also proceduralisation and
a fear of innovation. Practice leadership, with learning and distributed responsibility, has
arrived without a clear cultural shift, so compliance often wins by default.
@impact
I have changed the order of our leadership meeting so that practice comes before
performance, and I now ask in supervision what a manager learnt this month as well as what
they completed. Team managers say the meeting feels different; it is too early to see an
effect on families.
@peer_reflection
I discussed the lecture with a principal social worker from a neighbouring authority. She
pointed out that I described managerialism as something done to us, when senior leaders like
us are often the ones reaching for it. That was uncomfortable and true, and it has made me
watch my own habits more closely.
""",
        ("swe:4", "kss-pl:2"),
        (PEER, 60, "a principal social worker from a neighbouring authority"),
        this_registration_year=True,
        essential=7,
        activity_note="a recorded lecture, about an hour, with follow-up reading",
    ),
    DemoReflection(
        "CPD record: trauma-informed supervision course",
        60,
        "swe-cpd",
        """
@cpd_type
Training: a two-day course on trauma-informed supervision for managers.
@description
The course looked at how exposure to trauma in families' lives affects practitioners, and
what supervisors can do to notice and respond. It was relevant because several teams have
been through critical incidents this year and I supervise the managers who support them.
@learning
- Secondary trauma often shows up as irritability, cynicism or overwork, not distress.
- Supervision that only covers case management can increase the load rather than share it.
- Predictability and choice are protective: staff cope better when they know when they will
  be supported and have a say in how.
@impact
I have introduced a short check-in at the start of every supervision I give and asked team
managers to do the same. I changed how I run critical incident debriefs, with a clear purpose
and a follow-up a week later. Two team managers have said their own supervisions feel less
rushed.
@peer_reflection
A team manager who attended with me and I compared notes afterwards. She was sceptical about
"wellbeing" language and said what her team wanted was fewer cases, not more check-ins. We
agreed both are true: support in supervision does not replace a manageable workload, and I
should not use one as a substitute for the other.
""",
        ("swe:4", "kss-pl:4", "kss-ps:7"),
        (TRAINING, 720, "a team manager who attended the course with me"),
        this_registration_year=True,
        essential=8,
        activity_note="two full days, in person",
    ),
    DemoReflection(
        "CPD record: reading on audit and learning cultures",
        20,
        "swe-cpd",
        """
@cpd_type
Reading: research and practice guidance on case audit and organisational learning.
@description
I read a set of articles and a practice guide on how audit can support learning rather than
compliance. It was relevant because I lead our quality assurance framework and our audit
findings were not changing practice.
@learning
Audit changes practice when practitioners take part in it, when findings are discussed
rather than circulated, and when the same theme is followed over time. Grades are less
reliable than we assume and moderation matters more than the grading scale.
@impact
We now moderate audits monthly, report the range of grades to the board, and have replaced
audit action plans with team learning sessions led by managers who took part in the audit.
@peer_reflection
""",
        ("swe:4", "kss-pl:6"),
        this_registration_year=True,
        essential=9,
        activity_note="reading over several evenings",
    ),
    DemoReflection(
        "CPD record: observing another authority's practice week",
        305,
        "swe-cpd",
        """
@cpd_type
Practice observation: a practice week in another local authority, observing supervision,
audit and a family group conference.
@description
I joined a neighbouring authority's practice week, when senior leaders spend time with
frontline teams. It was relevant because I want our leaders to see practice directly rather
than through reports.
@learning
Senior leaders there spend the whole week in teams, not a morning, and they are expected to
write up what they learnt, not what they found wrong. Staff told me it only works because
leaders come back and act on what they hear.
@impact
I now spend a full day in a different team each quarter, and I have proposed a practice week
to our leadership team. After my day with the front door team we rewrote the guidance for
partners making referrals.
@peer_reflection
I discussed the visit with an assistant director in the host authority. She challenged me to
say what I would stop doing to make time for a practice week, which I had not considered.
My answer was the monthly performance meeting, replaced by a shorter written update.
""",
        ("swe:4", "kss-pl:6"),
        (PEER, 45, "an assistant director in the host authority"),
        activity_note="a full week, alongside my usual role",
    ),
    DemoReflection(
        "CPD record: webinar on workload and time for direct work",
        225,
        "swe-cpd",
        """
@cpd_type
Webinar: research findings on social work workload, recording and time spent with families.
@description
A webinar on a recent study of how children's social workers spend their time. It was
relevant because workload and time for direct work are the issues our teams raise most.
@learning
Caseload numbers explain less of workload than we think: duplicated recording, travel and
waiting for other agencies explain a great deal. Small design changes, such as removing
duplicate forms, can return more time than reducing caseloads by one or two.
@impact
I took the assessment team's annotated forms to the systems group and one duplicated form has
been removed. I now ask about recording time as well as caseload in team managers'
supervision.
@peer_reflection
""",
        ("swe:4", "kss-pl:3"),
        activity_note="a ninety-minute webinar",
    ),
)
