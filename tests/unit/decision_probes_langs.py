"""Probes aimed at breaking the rules written for the third decision sweep (tests/unit/decision_shapes_langs.py):
negations, hedges and questions around the new phrases, a "passer ikke" / "nie pasuje" / "non ci interessa" that is
about something else, a no that answers another question and then decides, quotes and mixed languages. Written by
the session that wrote those rules, after reading them, so they are counted apart from the blind sweep. Each is
(language, body, want) with `want` as in decision_shapes.py; a probe whose want is a decision may be missed (none),
never read as another decision (tests/unit/test_decision_probes_langs.py)."""

from __future__ import annotations

from decision_shapes import NOW, TZ, reading  # noqa: F401

I, P, N, M = "interview", "pass", "none", "not_mine"

PROBES: tuple[tuple[str, str, str], ...] = (
    ("nl", "Nee, ik wil haar niet spreken", P), ("nl", "Ik denk niet dat ze niet past", N),
    ("nl", "Graag een gesprek? Wie is ze?", N), ("nl", "Geen gesprek deze week, ik ben op vakantie", N),
    ("nl", "Plan maar geen gesprek in", P), ("nl", "Ja, maar niet voor deze rol", N),
    ("nl", "Nee, geen vragen. Maar ik twijfel nog.", N), ("nl", "Nee, geen vragen, maar ik wil haar niet spreken", P),
    ("nl", "Als ze Go kent, graag een gesprek", N), ("nl", "Misschien, plan maar in", N),
    ("nl", "Zet haar niet in de wacht, plan een gesprek", I), ("nl", "Herinner me eraan als ze terugbelt", N),
    ("nl", "Ik laat het je weten", N), ("nl", "Vraag het me morgen nog eens?", N),
    ("nl", "Geen interesse in uitstel: plan het gesprek in", I),
    ("it", "No, non ancora", N), ("it", "Non fissiamo il colloquio", P), ("it", "Sì, se ha esperienza con Go", N),
    ("it", "Forse fissiamo un colloquio", N), ("it", "Non sono sicura, ma mi sembra valida", N),
    ("it", "Passo domani in ufficio, ne parliamo", N), ("it", "Ti faccio sapere", N), ("it", "Sì, ma non ora", N),
    ("it", "No grazie, l'ho già vista per un altro ruolo e non va", P), ("it", "Nessuna domanda", N),
    ("it", "Non ci interessa il portfolio, fissiamo il colloquio", I),
    ("pt", "Não, não quero entrevistá-la", P), ("pt", "Não sei se quero entrevistá-la", N),
    ("pt", "Sim, mas não agora", N), ("pt", "Vamos entrevistá-la? O que acha?", N),
    ("pt", "Não tenho interesse em esperar, vamos entrevistá-la", I), ("pt", "Não é minha vaga? Achei que fosse", N),
    ("pt", "Sim, recebi. Vou ver amanhã.", N), ("pt", "Me lembra", N), ("pt", "Sim, claro que não", P),
    ("pt", "Não, sem dúvidas", N),
    ("pl", "Nie, nie teraz", N), ("pl", "Tak, ale nie teraz", N), ("pl", "Nie wiem, może", N),
    ("pl", "Czy możemy umówić rozmowę w przyszłym tygodniu?", N), ("pl", "Nie umawiajmy rozmowy", P),
    ("pl", "Nie, nie mam pytań", N), ("pl", "Przypomnij mi, jak wróci z urlopu", N), ("pl", "Tak, jeśli zna Go", N),
    ("pl", "Tak, nie pasuje", N), ("pl", "Nie pasuje mi ten termin, ale chętnie porozmawiam", I),
    ("sv", "Nej, inte än", N), ("sv", "Ja, men inte nu", N), ("sv", "Jag vill inte träffa henne", P),
    ("sv", "Kanske, boka gärna en intervju", N), ("sv", "Tyvärr passar hon inte? Jag tycker hon är bra", N),
    ("sv", "Det passar inte i veckan, men jag vill gärna träffa henne", I),
    ("da", "Nej, ingen spørgsmål", N), ("da", "Det passer ikke at holde samtale i denne uge", N),
    ("da", "Jeg kan ikke møde hende i denne uge", N), ("da", "Mind mig om det", N),
    ("nb", "Nei, ikke ennå", N), ("nb", "Hvis hun kan Go, sett opp et intervju", N),
    ("nl", "Geen interesse in uitstel.", N), ("it", "Non ci interessa il portfolio.", N),
    ("pl", "Nie pasuje mi ten termin.", N), ("sv", "Det passar inte i veckan.", N),
    ("it", "Passo da te dopo pranzo", N), ("pt", "Passo aí amanhã", N),
    # The second batch, after the first was fixed: the new words among German and English ones, soft snoozes with
    # no time, "fits" said of something else, "not mine" of something else, a yes/no that answers another matter.
    ("de", "Gerne, aber erst nach Weihnachten", N), ("de", "Gerne!", I), ("de", "Nie im Leben", N),
    ("de", "Gerne geschehen", N), ("nl", "Graag gedaan", N), ("sv", "Absolut inte", N), ("de", "Absolut nicht", N),
    ("pl", "Pewnie nie", N), ("en", "No, all good, thanks", N), ("en", "No, no questions. Not a fit.", P),
    ("en", "Yes, got it. Not sure yet.", N), ("nl", "Ja, ontvangen, maar ik twijfel", N),
    ("nl", "Nee, geen vragen, misschien later een gesprek", N), ("nl", "Herinner me er aan", N),
    ("nl", "Stuur me het cv nog eens", N), ("nl", "Ik kom er morgen even langs", N), ("pt", "Falamos", N),
    ("pt", "Retorno amanhã com feedback", N), ("pl", "Dam znać", N), ("sv", "Jag återkommer", N),
    ("da", "Jeg vender tilbage når jeg har talt med Sam", N), ("pl", "Przypomnij mi za tydzień?", N),
    ("nb", "Jeg kommer tilbake om to uker", "snooze 2026-12-21"), ("en", "remind me in a week", "snooze 2026-12-14"),
    ("sv", "Ja, i morgon", I), ("sv", "Ja, i", N), ("pt", "Não, amanhã", N), ("sv", "Nej, i morgon", N),
    ("nl", "Antwoorden hieronder.\n> Wil je met haar praten?\nNee, te junior", P), ("nl", "Ja, ik heb geen vragen", N),
    ("nl", "Ja, geen probleem, plan maar in", I), ("sv", "Nej, inga problem", N), ("pt", "Não, tudo certo", N),
    ("da", "Ikke min stilling", M), ("sv", "Fel person? Nej, det är rätt", N),
    ("da", "Det er ikke min stilling at vurdere, men hun ser god ud", N),
    ("da", "Kandidaten passer ikke helt, men lad os tage en samtale alligevel", I),
    ("sv", "Hon passar inte in i vår budget just nu", N), ("nl", "Ze past niet helemaal", N),
    ("it", "Non è in linea con il budget", N), ("sv", "Hon passar inte in i teamet", P),
    ("it", "Non è in linea con il profilo", P), ("pl", "Niestety nie pasuje do zespołu", P),
    ("mixed", "Ja! plan maar een interview in", I), ("mixed", "Yes, graag een gesprek", I),
    ("mixed", "No, non è adatta", P), ("mixed", "\"Nee\" zei ze, maar ik wil haar graag spreken", I),
    ("mixed", "> Nee\nGraag een gesprek", I), ("mixed", "Nie, not senior enough", P),
)
