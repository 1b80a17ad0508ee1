"""A third sweep of a hiring manager's answer to "Candidate: Jane Doe – Backend Engineer. Do you want to interview
her?" in the languages the first two sweeps left thin or out: Dutch, Italian, Brazilian and European Portuguese,
Polish, Swedish, Danish and Norwegian (Bokmål). Per language: one-word answers, a yes/no with a reason, a decision in
a sentence without yes/no, polite refusals, hold and hired, not mine, snoozes with a day or a duration ("over twee
weken", "tra una settimana", "daqui a 3 dias", "za tydzień", "om en vecka"), "yes but later", hedges, questions, a
condition, acknowledgements and deferrals, a negation that keeps it undecided ("can't interview this week"), and
traps: a "no" that answers something else and is followed by the decision ("Nee, ik heb geen vragen, graag een
gesprek" is an interview).

Written for this project by a session that had read bench/decisions.py and the data format of the other two sweeps
but not mailer/reading/*: every expectation was set before mailer read the line. Nothing is copied from a corpus or
the held-out data. Data only (and the reading the sweeps share): tests/unit/test_decision_sweep_langs.py asserts
that no line is read as a decision it does not make, `python bench/decisions.py --langs` prints right / wrong /
missed per language and family.

Each case is (language, family, body, want); `want` is as in tests/unit/decision_shapes.py: "interview", "pass",
"hold", "hired", "not_mine", "snooze YYYY-MM-DD" (the local day the pause ends for a reply sent at NOW, a Monday) or
"none". "Yes, but only after Christmas" is an interview (the recruiter records the yes and the timing as its
comment); a rule that reads it as nothing counts a miss, never a wrong reading.
"""

from __future__ import annotations

from decision_shapes import NOW, TZ, reading  # noqa: F401  (re-exported for the bench and the test)

I, P, N, M, H, D = "interview", "pass", "none", "not_mine", "hold", "hired"
TUE, THU, FRI, MON = "snooze 2026-12-08", "snooze 2026-12-10", "snooze 2026-12-11", "snooze 2026-12-14"
IN_3D, NEXT_WEEK, IN_1W, IN_2W = "snooze 2026-12-10", "snooze 2026-12-14", "snooze 2026-12-14", "snooze 2026-12-21"

# Per language: the recruiter's quote header (as the language's webmail writes it), her quoted mail, a greeting and
# the manager's signed name.
FRAMES = {
    "nl": ("Op ma 7 dec. 2026 om 10:12 schreef Rita Recruiter <rita@acme.example>:",
           "> Hoi Maria,\n>\n> Kandidaat: Jane Doe – Backend Engineer. Wil je met haar praten?\n>\n> Rita\n",
           "Hoi Rita,", "Maria"),
    "it": ("Il giorno lun 7 dic 2026 alle ore 10:12 Rita Recruiter <rita@acme.example> ha scritto:",
           "> Ciao Maria,\n>\n> Candidata: Jane Doe – Backend Engineer. Vuoi fare un colloquio?\n>\n> Rita\n",
           "Ciao Rita,", "Maria"),
    "pt-BR": ("Em seg., 7 de dez. de 2026 às 10:12, Rita Recruiter <rita@acme.example> escreveu:",
              "> Oi Maria,\n>\n> Candidata: Jane Doe – Backend Engineer. Quer entrevistá-la?\n>\n> Rita\n",
              "Oi Rita,", "Maria"),
    "pt-PT": ("A seg., 7/12/2026, 10:12, Rita Recruiter <rita@acme.example> escreveu:",
              "> Olá Maria,\n>\n> Candidata: Jane Doe – Backend Engineer. Queres entrevistá-la?\n>\n> Rita\n",
              "Olá Rita,", "Maria"),
    "pl": ("W dniu pon., 7.12.2026 o 10:12 Rita Recruiter <rita@acme.example> napisał(a):",
           "> Cześć Marto,\n>\n> Kandydatka: Jane Doe – Backend Engineer. Chcesz się z nią spotkać?\n>\n> Rita\n",
           "Cześć Rita,", "Marta"),
    "sv": ("Den mån 7 dec. 2026 kl 10:12 skrev Rita Recruiter <rita@acme.example>:",
           "> Hej Maria,\n>\n> Kandidat: Jane Doe – Backend Engineer. Vill du intervjua henne?\n>\n> Rita\n",
           "Hej Rita,", "Maria"),
    "da": ("Den man. 7. dec. 2026 kl. 10.12 skrev Rita Recruiter <rita@acme.example>:",
           "> Hej Mette,\n>\n> Kandidat: Jane Doe – Backend Engineer. Vil du tage en samtale med hende?\n>\n> Rita\n",
           "Hej Rita,", "Mette"),
    "nb": ("man. 7. des. 2026 kl. 10:12 skrev Rita Recruiter <rita@acme.example>:",
           "> Hei Kari,\n>\n> Kandidat: Jane Doe – Backend Engineer. Vil du intervjue henne?\n>\n> Rita\n",
           "Hei Rita,", "Kari"),
}

# Families: word (one word or two), carries (a yes/no and a reason), sentence (a decision said without yes/no,
# polite refusals), state (hold, hired), notmine, snooze, later (yes, with a time or "but later"), hedge (maybe, not
# sure, a condition), question, defer (acknowledged, not read yet, something else is wrong), negation (a negated
# decision that leaves it open), trap (a "no" or "yes" that answers something else, then the decision).
SHAPES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "nl": (
        ("word", "Ja", I), ("word", "Jazeker", I), ("word", "Graag!", I), ("word", "Prima", I),
        ("word", "Nee", P), ("word", "Nee hoor", P), ("word", "Liever niet", P), ("word", "Nee, bedankt", P),
        ("carries", "Ja, goed profiel, plan maar een gesprek in", I), ("carries", "Ja, lijkt me een sterke kandidaat", I),
        ("carries", "Nee, te junior voor deze rol", P), ("carries", "Nee, we zoeken iemand met meer Kubernetes-ervaring", P),
        ("carries", "Nee, salarisverwachting ligt veel te hoog", P),
        ("sentence", "Graag een gesprek met haar.", I), ("sentence", "Ik wil haar graag spreken.", I),
        ("sentence", "Plan maar een interview in.", I), ("sentence", "Helaas past ze niet in het team.", P),
        ("sentence", "We gaan niet verder met haar.", P), ("sentence", "Geen interesse, dank je.", P),
        ("sentence", "Ik wil haar niet spreken, te weinig ervaring.", P),
        ("state", "Zet haar even in de wacht.", H), ("state", "We hebben haar aangenomen!", D),
        ("notmine", "Niet mijn vacature, vraag het aan Tom.", M), ("notmine", "Dit is niet mijn rol, dat is Sam.", M),
        ("notmine", "Verkeerde persoon, probeer Tom.", M),
        ("snooze", "Herinner me maandag", MON), ("snooze", "Vraag het me volgende week nog eens", NEXT_WEEK),
        ("snooze", "Ik laat het je over twee weken weten", IN_2W), ("snooze", "Stuur me morgen een herinnering", TUE),
        ("snooze", "snooze tot vrijdag", FRI), ("snooze", "Ik kom er over 3 dagen op terug", IN_3D),
        ("later", "Ja, volgende week", I), ("later", "Ja, maar pas na de kerst", I),
        ("hedge", "Misschien", N), ("hedge", "Twijfel nog", N), ("hedge", "Hangt af van haar opzegtermijn", N),
        ("hedge", "Als ze Go kent, ja.", N), ("hedge", "Ja, als het budget rond is", N),
        ("question", "Kan ze in mei beginnen?", N), ("question", "Heeft ze ervaring met Go?", N),
        ("defer", "Ja, ontvangen, ik kijk er vanavond naar", N), ("defer", "Nee, nog niet bekeken", N),
        ("defer", "Ik kijk er morgen naar", N), ("defer", "Ik heb meer tijd nodig", N),
        ("defer", "Ik kom erop terug", N),
        ("negation", "Ik kan deze week geen gesprek doen", N), ("negation", "Ik wil haar nog niet afwijzen", N),
        ("trap", "Nee, ik heb geen vragen, graag een gesprek", I), ("trap", "Nee, geen bezwaar, plan het maar in", I),
        ("trap", "Ja, ontvangen. Helaas niet geschikt.", P), ("trap", "Ja. Of nee, toch maar niet.", N),
    ),
    "it": (
        # "Certo" alone is also Portuguese "right, noted": a yes only with what supports it (review 7)
        ("word", "Sì", I), ("word", "Certo", N), ("word", "Volentieri", I), ("word", "Assolutamente sì", I),
        ("word", "No", P), ("word", "No, grazie", P), ("word", "Passo", P), ("word", "Direi di no", P),
        ("carries", "Sì, mi sembra molto valida", I), ("carries", "Sì, organizza pure", I),
        ("carries", "No, cerchiamo qualcuno più senior", P), ("carries", "No, troppo junior per il ruolo", P),
        ("carries", "No, le richieste economiche sono fuori budget", P),
        ("sentence", "Volentieri, fissiamo una call con lei.", I), ("sentence", "Vorrei conoscerla.", I),
        ("sentence", "Organizziamo un colloquio la prossima settimana.", I),
        ("sentence", "Purtroppo non è in linea con il profilo.", P), ("sentence", "Non ci interessa, grazie.", P),
        ("sentence", "Passo, grazie.", P), ("sentence", "Non procederei, poca esperienza con Go.", P),
        ("state", "Mettiamola in attesa per ora.", H), ("state", "L'abbiamo assunta!", D),
        ("notmine", "Non è la mia posizione, chiedi a Tom.", M), ("notmine", "Persona sbagliata, prova con Sam.", M),
        ("notmine", "Non sono io il responsabile per questo ruolo, senti Tom.", M),
        ("snooze", "Ricordamelo lunedì", MON), ("snooze", "Risentiamoci tra una settimana", IN_1W),
        ("snooze", "Ti faccio sapere tra due settimane", IN_2W), ("snooze", "Scrivimi di nuovo domani", TUE),
        ("snooze", "Ne riparliamo venerdì", FRI), ("snooze", "Ti rispondo tra 3 giorni", IN_3D),
        ("later", "Sì, la settimana prossima", I), ("later", "Sì, ma dopo Natale", I),
        ("hedge", "Forse", N), ("hedge", "Non sono sicura", N), ("hedge", "Dipende dal preavviso", N),
        ("hedge", "Se conosce Go, sì", N), ("hedge", "Sì, se approvano il budget", N),
        ("question", "Può iniziare a maggio?", N), ("question", "Chi è?", N),
        ("defer", "Sì, ricevuto, lo guardo stasera", N), ("defer", "No, non l'ho ancora visto", N),
        ("defer", "No, il PDF non si apre", N), ("defer", "Sì, ma prima devo parlarne con Sam", N),
        ("defer", "Ci penso e ti faccio sapere", N),
        ("negation", "Questa settimana non riesco a fare colloqui", N),
        ("negation", "Non voglio ancora scartarla", N),
        ("trap", "No, nessuna domanda, fissiamo pure il colloquio", I),
        ("trap", "No, tutto chiaro, procediamo con il colloquio", I),
        ("trap", "Sì, l'ho letto. Purtroppo non fa per noi.", P), ("trap", "Sì. Anzi no, meglio di no.", N),
    ),
    "pt-BR": (
        ("word", "Sim", I), ("word", "Claro!", I), ("word", "Com certeza", I), ("word", "Bora", I),
        ("word", "Não", P), ("word", "Não, valeu", P), ("word", "Não, obrigado", P), ("word", "Dispenso", P),
        ("carries", "Sim, pode agendar", I), ("carries", "Sim, gostei do perfil", I),
        ("carries", "Não, falta experiência com Go", P), ("carries", "Não, júnior demais para a vaga", P),
        ("carries", "Não, a pretensão salarial está muito acima", P),
        ("sentence", "Bora conversar com ela.", I), ("sentence", "Quero entrevistá-la.", I),
        ("sentence", "Pode marcar uma entrevista com ela.", I),
        ("sentence", "Infelizmente ela não tem o perfil da vaga.", P), ("sentence", "Não tenho interesse, obrigado.", P),
        ("sentence", "Vou passar essa.", P),
        ("state", "Deixa em espera por enquanto.", H), ("state", "Contratamos ela!", D),
        ("notmine", "Não é minha vaga, fala com o Tom.", M), ("notmine", "Pessoa errada, tenta o Sam.", M),
        ("snooze", "Me lembra na segunda", MON), ("snooze", "Te dou um retorno daqui a 3 dias", IN_3D),
        ("snooze", "Me pergunta de novo semana que vem", NEXT_WEEK), ("snooze", "Retorno em duas semanas", IN_2W),
        ("snooze", "Me cobra amanhã", TUE), ("snooze", "Falamos na sexta", FRI),
        ("later", "Sim, semana que vem", I), ("later", "Sim, mas só depois do Natal", I),
        ("hedge", "Talvez", N), ("hedge", "Não tenho certeza", N), ("hedge", "Depende do aviso prévio dela", N),
        ("hedge", "Se ela souber Go, sim", N), ("hedge", "Sim, se o orçamento for aprovado", N),
        ("question", "Ela pode começar em maio?", N), ("question", "Quem é ela?", N),
        ("defer", "Sim, recebi, vejo hoje à noite", N), ("defer", "Não, ainda não olhei", N),
        ("defer", "Não, o link não abre", N), ("defer", "Sim, mas preciso alinhar com o Sam antes", N),
        ("defer", "Vou dar uma olhada e te falo", N),
        ("negation", "Não consigo entrevistar essa semana", N), ("negation", "Não quero descartar ela ainda", N),
        ("trap", "Não, sem dúvidas, pode marcar a entrevista", I), ("trap", "Não, tudo certo, vamos entrevistar", I),
        ("trap", "Sim, vi o CV. Infelizmente não serve.", P), ("trap", "Sim. Quer dizer, não, melhor não.", N),
    ),
    "pt-PT": (
        ("word", "Sim", I), ("word", "Claro", I), ("word", "Sem dúvida", I), ("word", "Sim, por favor", I),
        ("word", "Não", P), ("word", "Não, obrigada", P), ("word", "Passo", P),
        ("carries", "Sim, marca a entrevista", I), ("carries", "Sim, parece-me um bom perfil", I),
        ("carries", "Não, tem pouca experiência", P), ("carries", "Não, é demasiado júnior", P),
        ("sentence", "Gostava de a conhecer.", I), ("sentence", "Vamos entrevistá-la.", I),
        ("sentence", "Infelizmente não se enquadra na função.", P),
        ("sentence", "Não estamos interessados, obrigado.", P), ("sentence", "Passo, obrigado.", P),
        ("state", "Fica em espera para já.", H), ("state", "Contratámo-la!", D),
        ("notmine", "Não é a minha vaga, fala com o Tom.", M),
        ("notmine", "Não sou eu o responsável por esta vaga, pergunta ao Sam.", M),
        ("snooze", "Lembra-me na segunda-feira", MON), ("snooze", "Dou-te uma resposta daqui a uma semana", IN_1W),
        ("snooze", "Volta a perguntar-me na próxima semana", NEXT_WEEK), ("snooze", "Lembra-me amanhã", TUE),
        ("snooze", "Falamos na sexta-feira", FRI), ("snooze", "Respondo-te daqui a duas semanas", IN_2W),
        ("later", "Sim, na próxima semana", I), ("later", "Sim, mas só depois do Natal", I),
        ("hedge", "Se calhar", N), ("hedge", "Não tenho a certeza", N), ("hedge", "Se souber Go, sim", N),
        ("hedge", "Sim, se o orçamento for aprovado", N),
        ("question", "Pode começar em maio?", N), ("question", "Quem é?", N),
        ("defer", "Sim, recebido, vejo logo à noite", N), ("defer", "Não, ainda não tive oportunidade de ver", N),
        ("defer", "Não, o anexo não abre", N), ("defer", "Sim, mas tenho de falar com o Sam primeiro", N),
        ("negation", "Esta semana não consigo fazer entrevistas", N),
        ("trap", "Não, não tenho dúvidas, podes marcar a entrevista", I),
        ("trap", "Sim, já vi. Infelizmente não tem o perfil.", P),
    ),
    "pl": (
        # "Tak" alone is also Danish "thanks": a yes only with what supports it (review 7)
        ("word", "Tak", N), ("word", "Jasne", I), ("word", "Pewnie!", I), ("word", "Chętnie", I),
        ("word", "Nie", P), ("word", "Nie, dziękuję", P), ("word", "Nie, dzięki", P),
        ("carries", "Tak, zaprośmy ją na rozmowę", I), ("carries", "Tak, bardzo dobry profil", I),
        ("carries", "Nie, za mało doświadczenia", P), ("carries", "Nie, szukamy kogoś bardziej seniorskiego", P),
        ("carries", "Nie, oczekiwania finansowe są za wysokie", P),
        ("sentence", "Chętnie z nią porozmawiam.", I), ("sentence", "Umówmy rozmowę.", I),
        ("sentence", "Proszę umówić spotkanie z kandydatką.", I),
        ("sentence", "Niestety nie pasuje do zespołu.", P), ("sentence", "Rezygnujemy, dziękuję.", P),
        ("sentence", "Nie jesteśmy zainteresowani.", P),
        ("state", "Wstrzymajmy się na razie.", H), ("state", "Zatrudniliśmy ją!", D),
        ("notmine", "To nie moja rekrutacja, zapytaj Tomka.", M), ("notmine", "Nie moje stanowisko, napisz do Sama.", M),
        ("snooze", "Przypomnij mi w poniedziałek", MON), ("snooze", "Odezwę się za tydzień", IN_1W),
        ("snooze", "Dam znać za dwa tygodnie", IN_2W), ("snooze", "Zapytaj mnie jutro", TUE),
        ("snooze", "Wrócę do tematu za 3 dni", IN_3D), ("snooze", "Przypomnij w piątek", FRI),
        ("later", "Tak, w przyszłym tygodniu", I), ("later", "Tak, ale dopiero po świętach", I),
        ("hedge", "Może", N), ("hedge", "Nie jestem pewien", N), ("hedge", "Chyba nie", N),
        ("hedge", "Jeśli zna Go, to tak", N), ("hedge", "Tak, jeśli budżet zostanie zatwierdzony", N),
        ("question", "Czy może zacząć w maju?", N), ("question", "Kto to jest?", N),
        ("defer", "Tak, dostałem, przejrzę jutro", N), ("defer", "Nie, jeszcze nie patrzyłem", N),
        ("defer", "Nie, link nie działa", N), ("defer", "Tak, ale najpierw muszę porozmawiać z Samem", N),
        ("defer", "Nie wiem jeszcze", N),
        ("negation", "W tym tygodniu nie mogę zrobić rozmowy", N), ("negation", "Nie chcę jej jeszcze odrzucać", N),
        ("trap", "Nie, nie mam pytań, umówmy rozmowę", I), ("trap", "Nie, wszystko jasne, zapraszamy ją", I),
        ("trap", "Tak, przeczytałem. Niestety nie pasuje.", P), ("trap", "Tak. A właściwie nie, jednak nie.", N),
    ),
    "sv": (
        ("word", "Ja", I), ("word", "Japp", I), ("word", "Absolut", I), ("word", "Gärna!", I),
        ("word", "Nej", P), ("word", "Nej tack", P), ("word", "Nä", P),
        ("carries", "Ja, boka en intervju", I), ("carries", "Ja, hon ser stark ut", I),
        ("carries", "Nej, för lite erfarenhet", P), ("carries", "Nej, inte tillräckligt senior", P),
        ("sentence", "Gärna en intervju.", I), ("sentence", "Jag vill gärna träffa henne.", I),
        ("sentence", "Tyvärr passar hon inte.", P), ("sentence", "Vi avstår, tack.", P),
        ("sentence", "Inte intresserad.", P),
        ("state", "Lägg henne på is så länge.", H), ("state", "Vi har anställt henne!", D),
        ("notmine", "Inte min tjänst, fråga Tom.", M), ("notmine", "Fel person, prova Sam.", M),
        ("snooze", "Påminn mig på måndag", MON), ("snooze", "Jag återkommer om en vecka", IN_1W),
        ("snooze", "Fråga mig igen nästa vecka", NEXT_WEEK), ("snooze", "Påminn mig i morgon", TUE),
        ("snooze", "Jag återkommer om två veckor", IN_2W), ("snooze", "snooze till fredag", FRI),
        ("later", "Ja, nästa vecka", I), ("later", "Ja, men först efter nyår", I),
        ("hedge", "Kanske", N), ("hedge", "Vet inte än", N), ("hedge", "Osäker", N),
        ("hedge", "Om hon kan Go, ja", N),
        ("question", "Kan hon börja i maj?", N), ("question", "Vem är hon?", N),
        ("defer", "Ja, fått det, tittar i kväll", N), ("defer", "Nej, har inte hunnit titta", N),
        ("defer", "Nej, länken fungerar inte", N), ("defer", "Ja, men jag måste prata med Sam först", N),
        ("negation", "Jag kan inte intervjua den här veckan", N),
        ("trap", "Nej, inga frågor, boka gärna en intervju", I), ("trap", "Nej då, inga problem, boka in henne", I),
        ("trap", "Ja, jag har läst. Tyvärr passar hon inte.", P),
    ),
    "da": (
        ("word", "Ja", I), ("word", "Jep", I), ("word", "Gerne", I), ("word", "Helt sikkert", I),
        ("word", "Nej", P), ("word", "Nej tak", P), ("word", "Næ", P),
        ("carries", "Ja, book en samtale", I), ("carries", "Ja, stærk profil", I),
        ("carries", "Nej, for lidt erfaring", P), ("carries", "Nej, ikke senior nok", P),
        ("sentence", "Gerne en samtale.", I), ("sentence", "Jeg vil gerne møde hende.", I),
        ("sentence", "Desværre passer hun ikke.", P), ("sentence", "Vi takker nej.", P),
        ("sentence", "Ikke interesseret.", P),
        ("state", "Sæt hende på pause indtil videre.", H), ("state", "Vi har ansat hende!", D),
        ("notmine", "Ikke min stilling, spørg Tom.", M), ("notmine", "Forkert person, prøv Sam.", M),
        ("snooze", "Mind mig om det på mandag", MON), ("snooze", "Jeg vender tilbage om en uge", IN_1W),
        ("snooze", "Spørg mig igen i næste uge", NEXT_WEEK), ("snooze", "Jeg vender tilbage om 3 dage", IN_3D),
        ("snooze", "Skriv til mig i morgen", TUE), ("snooze", "Mind mig om det på fredag", FRI),
        ("later", "Ja, i næste uge", I), ("later", "Ja, men først efter nytår", I),
        ("hedge", "Måske", N), ("hedge", "Ved ikke endnu", N), ("hedge", "Usikker", N),
        ("hedge", "Hvis hun kan Go, ja", N),
        ("question", "Kan hun starte i maj?", N), ("question", "Hvem er hun?", N),
        ("defer", "Ja, modtaget, kigger på det i aften", N), ("defer", "Nej, har ikke nået at kigge", N),
        ("defer", "Nej, linket virker ikke", N), ("defer", "Ja, men jeg skal lige tale med Sam først", N),
        ("negation", "Jeg kan ikke holde samtale i denne uge", N),
        ("trap", "Nej, ingen spørgsmål, book gerne en samtale", I),
        ("trap", "Ja, jeg har læst det. Desværre passer hun ikke.", P),
    ),
    "nb": (
        ("word", "Ja", I), ("word", "Jepp", I), ("word", "Gjerne", I), ("word", "Absolutt", I),
        ("word", "Nei", P), ("word", "Nei takk", P),
        ("carries", "Ja, sett opp et intervju", I), ("carries", "Ja, ser bra ut", I),
        ("carries", "Nei, for lite erfaring", P), ("carries", "Nei, ikke senior nok", P),
        ("sentence", "Gjerne et intervju.", I), ("sentence", "Jeg vil gjerne møte henne.", I),
        ("sentence", "Dessverre passer hun ikke.", P), ("sentence", "Vi takker nei.", P),
        ("sentence", "Ikke interessert.", P),
        ("state", "Sett henne på vent inntil videre.", H), ("state", "Vi har ansatt henne!", D),
        ("notmine", "Ikke min stilling, spør Tom.", M), ("notmine", "Feil person, prøv Sam.", M),
        ("snooze", "Minn meg på det på mandag", MON), ("snooze", "Jeg kommer tilbake til deg om en uke", IN_1W),
        ("snooze", "Spør meg igjen neste uke", NEXT_WEEK), ("snooze", "Jeg gir beskjed om to uker", IN_2W),
        ("snooze", "Send en påminnelse i morgen", TUE), ("snooze", "Minn meg på det på fredag", FRI),
        ("later", "Ja, neste uke", I), ("later", "Ja, men først etter nyttår", I),
        ("hedge", "Kanskje", N), ("hedge", "Vet ikke ennå", N), ("hedge", "Usikker", N),
        ("hedge", "Hvis hun kan Go, ja", N),
        ("question", "Kan hun begynne i mai?", N), ("question", "Hvem er hun?", N),
        ("defer", "Ja, mottatt, ser på det i kveld", N), ("defer", "Nei, har ikke rukket å se på det", N),
        ("defer", "Nei, lenken virker ikke", N), ("defer", "Ja, men jeg må snakke med Sam først", N),
        ("negation", "Jeg kan ikke intervjue denne uken", N),
        ("trap", "Nei, ingen spørsmål, sett gjerne opp et intervju", I),
        ("trap", "Ja, jeg har lest det. Dessverre passer hun ikke.", P),
    ),
}


def framed(lang: str, family: str, text: str) -> list[tuple[str, str]]:
    """(frame, body) for each place `text` stands in a reply: alone over the quote, and after a greeting over the
    signed name; one word also after the greeting on the same line."""
    header, quoted, greeting, name = FRAMES[lang]
    quote = f"{header}\n{quoted}"
    out = [("", f"{text}\n\n{quote}"), (" greeting", f"{greeting}\n\n{text}\n\n{name}\n\n{quote}")]
    if family == "word":
        out.append((" sameline", f"{greeting} {text}\n\n{quote}"))
    return out


def cases() -> list[tuple[str, str, str, str]]:
    return [(lang, family + frame, body, want) for lang, shapes in SHAPES.items() for family, text, want in shapes
            for frame, body in framed(lang, family, text)]
