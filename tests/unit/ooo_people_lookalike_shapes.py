"""People's notes about their own absence in the places where they carry a notice's look: a manager handing a decision
over while away, a note forwarded with a question above it, a person quoting an auto-reply they received, a signature
stating the days in the office, and a person's message that uses a notice's own phrases ("limited access to email",
"for urgent matters contact") with a question or a story of their own. Project-written, in 20 languages; rows are
(language, place, subject, body), "<re>" standing for the language's "Re: <candidate>". Assembled and documented in
tests/unit/ooo_people_shapes.py.
"""

from __future__ import annotations

RE = "<re>"

LOOKALIKES: list[tuple[str, str, str, str]] = [
    ("en", "delegate", "While I'm out", "Hi Rita,\n\nwhile I'm out next week, Bob decides on the backend candidates. "
                                        "Please send him anything that comes in.\n\nMaria"),
    ("en", "forward", "Fwd: Candidate Jane Doe",
     "I'm off from tomorrow - can you check whether she's still available in January?\n\n"
     "---------- Forwarded message ---------\nFrom: Rita Recruiter <rita@acme.example>\nDate: Mon, Nov 23, 2026\n"
     "Subject: Candidate Jane Doe\n\nHere is Jane Doe's CV."),
    ("en", "quote", RE,
     "Anna seems to be away, I got this back from her:\n\n> I am out of the office until 4 December with limited "
     "access to email. For urgent matters, please contact Bob.\n\nShould we wait for her or ask Bob?"),
    ("en", "quote", "Fwd: Automatic reply: Candidate Jane Doe",
     "Anna is out until the 4th, see her reply below. Who else can sign off on the offer?\n\n"
     "-----Original Message-----\nFrom: Anna Berg <anna@corp.test>\nSubject: Automatic reply: Candidate Jane Doe\n\n"
     "I am out of the office until 4 December."),
    ("en", "signature", RE, "Tuesday at 10 works for me.\n\nBest,\nMaria\n--\nMaria Lopez | Engineering Manager\n"
                             "In the office Mon-Wed, out of office Thu and Fri"),
    ("en", "words", RE, "I'm travelling this week with limited access to email, so could you send me the interview "
                         "slots by Friday? I'll pick one from my phone."),
    ("en", "words", RE, "For urgent matters contact Bob - that's what my out-of-office says, but honestly just ring "
                         "me if Jane needs an answer. I'm away until the 4th."),
    ("en", "words", RE, "I will have limited access to email while I'm on leave until 4 December. Did Jane accept "
                         "the second round?"),
    ("de", "delegate", "Während meines Urlaubs", "Hallo Rita,\n\nwährend ich weg bin, entscheidet Bob über die "
                                                 "Kandidaten. Schick ihm bitte alles weiter.\n\nGruß, Maria"),
    ("de", "forward", "WG: Kandidatin Jane Doe",
     "Ich bin ab morgen weg - kannst du klären, ob sie im Januar noch verfügbar ist?\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Rita Recruiter <rita@acme.example>\nBetreff: Kandidatin Jane Doe\n\n"
     "Anbei der Lebenslauf."),
    ("de", "quote", RE, "Von Anna kam nur das zurück:\n\n> Ich bin bis 4.12. nicht im Büro. In dringenden Fällen "
                         "wenden Sie sich bitte an Bob.\n\nSollen wir auf sie warten oder Bob fragen?"),
    ("de", "signature", RE, "Dienstag um 10 passt.\n\nViele Grüße\nMaria\n--\nMaria Lang, Teamleitung\n"
                             "Freitags nicht im Büro"),
    ("de", "words", RE, "Ich habe diese Woche nur eingeschränkten Zugriff auf meine E-Mails. Kannst du mir die "
                         "Termine bis Freitag schicken?"),
    ("de", "words", RE, "In dringenden Fällen wenden Sie sich bitte an Bob - so steht es in meiner "
                         "Abwesenheitsnotiz, aber ruf mich ruhig an. Bin bis 4.12. weg."),
    ("fr", "delegate", "Pendant mon absence", "Bonjour Rita,\n\npendant mon absence la semaine prochaine, c'est Bob "
                                              "qui décide pour les candidats. Merci de lui transférer les "
                                              "dossiers.\n\nMarie"),
    ("fr", "forward", "TR: Candidate Jane Doe",
     "Je pars demain en congé : tu peux vérifier si elle est disponible en janvier ?\n\n"
     "-------- Message d'origine --------\nDe : Rita Recruiter <rita@acme.example>\nObjet : Candidate Jane Doe\n\n"
     "Voici le CV."),
    ("fr", "quote", RE, "Anne m'a répondu ceci :\n\n> Je suis absente du bureau jusqu'au 4 décembre. Pour toute "
                         "urgence, merci de contacter Bob.\n\nOn attend son retour ou on voit avec Bob ?"),
    ("fr", "signature", RE, "Mardi 10h me convient.\n\nCordialement,\nMarie\n--\nMarie Durand, responsable "
                             "d'équipe\nAbsente le vendredi"),
    ("fr", "words", RE, "Je n'aurai qu'un accès limité à mes mails cette semaine : peux-tu m'envoyer les créneaux "
                         "avant vendredi ?"),
    ("es", "delegate", "Mientras estoy fuera", "Hola Rita:\n\nmientras estoy fuera, Pablo decide sobre los "
                                               "candidatos. Envíale todo a él, por favor.\n\nMaría"),
    ("es", "forward", "RV: Candidata Jane Doe",
     "Me voy mañana de vacaciones, ¿puedes confirmar si sigue disponible en enero?\n\n"
     "-----Mensaje original-----\nDe: Rita Recruiter <rita@acme.example>\nAsunto: Candidata Jane Doe\n\n"
     "Te paso el CV."),
    ("es", "words", RE, "Esta semana tengo acceso limitado al correo; ¿me puedes mandar los horarios antes del "
                         "viernes?"),
    ("it", "delegate", "Mentre sono via", "Ciao Rita,\n\nmentre sono via decide Paolo sui candidati. Mandagli tutto, "
                                          "per favore.\n\nMaria"),
    ("it", "words", RE, "Questa settimana ho accesso limitato alla posta: mi mandi gli orari entro venerdì?"),
    ("nl", "delegate", "Tijdens mijn vakantie", "Hoi Rita,\n\nzolang ik weg ben beslist Bob over de kandidaten. "
                                                "Stuur alles maar naar hem.\n\nMaria"),
    ("nl", "words", RE, "Ik heb deze week beperkt toegang tot mijn e-mail. Kun je me de tijden voor vrijdag sturen?"),
    ("pt", "words", RE, "Esta semana estou com acesso limitado ao e-mail; pode me mandar os horários até sexta?"),
    ("sv", "words", RE, "Jag läser inte min e-post så ofta den här veckan, kan du skicka tiderna på sms i stället?"),
    ("pl", "words", RE, "W tym tygodniu mam ograniczony dostęp do poczty, czy możesz mi wysłać terminy do piątku?"),
    ("ru", "words", RE, "На этой неделе у меня ограниченный доступ к почте, можешь прислать слоты до пятницы?"),
    # ------------------------------------------------------------------------------------------------ Spanish
    ("es", "delegate", RE, "Mientras estoy de vacaciones decide Pablo sobre Jane. Lo que él diga vale."),
    ("es", "quote", RE, "Ana está fuera, me ha llegado esto:\n\n> Estoy fuera de la oficina hasta el 4 de diciembre. "
                        "Para asuntos urgentes, contacte con Pablo.\n\n¿Esperamos a Ana o se lo pasamos a Pablo?"),
    ("es", "signature", RE, "El martes a las 10 me va bien.\n\nSaludos,\nMaría\n--\nMaría Ruiz, jefa de equipo\n"
                            "Los viernes no estoy en la oficina"),
    ("es", "words", RE, "Para cualquier asunto urgente mi respuesta automática dice que contactéis con Pablo, pero "
                        "llámame sin problema. ¿Ha aceptado Jane la segunda ronda?"),
    # ------------------------------------------------------------------------------------------------ Italian
    ("it", "forward", "I: Candidata Jane Doe",
     "Domani parto per le ferie: puoi verificare se è ancora disponibile a gennaio?\n\n"
     "-----Messaggio originale-----\nDa: Rita Recruiter <rita@acme.example>\nOggetto: Candidata Jane Doe\n\n"
     "Ecco il CV."),
    ("it", "quote", RE, "Anna mi ha risposto così:\n\n> Sono fuori ufficio fino al 4 dicembre con accesso limitato "
                        "alla posta. Per urgenze contattare Paolo.\n\nAspettiamo lei o chiediamo a Paolo?"),
    ("it", "delegate", RE, "Mentre sono in ferie decide Paolo sulla candidata, fidatevi di lui."),
    ("it", "words", RE, "Per questioni urgenti il mio messaggio di assenza dice di contattare Paolo, ma chiamami pure. "
                        "Jane ha accettato il secondo colloquio?"),
    # ------------------------------------------------------------------------------------------------ Dutch
    ("nl", "forward", "Fw: Kandidaat Jane Doe",
     "Ik ben vanaf morgen weg, kun jij checken of ze in januari nog beschikbaar is?\n\n"
     "-----Oorspronkelijk bericht-----\nVan: Rita Recruiter <rita@acme.example>\nOnderwerp: Kandidaat Jane Doe\n\n"
     "Hierbij het cv."),
    ("nl", "quote", RE, "Van Anna kreeg ik dit terug:\n\n> Ik ben afwezig tot 4 december. Voor dringende zaken kunt u "
                        "contact opnemen met Paul.\n\nWachten we op haar of vragen we Paul?"),
    ("nl", "signature", RE, "Dinsdag om 10 uur past prima.\n\nGroet,\nMaria\n--\nMaria Jansen, teamleider\n"
                            "Vrijdags niet op kantoor"),
    ("nl", "delegate", RE, "Zolang ik op vakantie ben beslist Paul over Jane, zijn oordeel telt."),
    # ------------------------------------------------------------------------------------------------ Portuguese
    ("pt", "forward", "Enc: Candidata Jane Doe",
     "Saio de férias amanhã, pode ver se ela ainda está disponível em janeiro?\n\n"
     "---------- Mensagem encaminhada ---------\nDe: Rita Recruiter <rita@acme.example>\nAssunto: Candidata Jane Doe\n\n"
     "Segue o currículo."),
    ("pt", "quote", RE, "A Ana respondeu isto:\n\n> Estou de férias até 4 de dezembro, com acesso limitado ao e-mail. "
                        "Em caso de urgência, entre em contato com Paulo.\n\nEsperamos por ela ou falamos com o Paulo?"),
    ("pt", "delegate", RE, "Enquanto estiver de férias, quem decide sobre a Jane é o Paulo."),
    # ------------------------------------------------------------------------------------------------ Swedish
    ("sv", "quote", RE, "Jag fick det här från Anna:\n\n> Jag är på semester till och med 4 december och läser inte "
                        "min e-post.\n\nSka vi vänta på henne eller fråga Paul?"),
    ("sv", "signature", RE, "Tisdag kl 10 passar bra.\n\nHälsningar\nMaria\n--\nMaria Berg, teamchef\n"
                            "Inte på kontoret på fredagar"),
    ("sv", "delegate", RE, "Medan jag är borta bestämmer Paul om Jane. Skicka allt till honom."),
    # ------------------------------------------------------------------------------------------------ Danish
    ("da", "signature", RE, "Tirsdag kl. 10 passer fint.\n\nMvh\nMaria\n--\nMaria Holm, teamleder\n"
                            "Fraværende om fredagen"),
    ("da", "delegate", RE, "Mens jeg er på ferie, bestemmer Poul om Jane. Send det hele til ham."),
    ("da", "quote", RE, "Jeg fik det her tilbage fra Anne:\n\n> Jeg holder ferie til og med 4. december og læser ikke "
                        "mine mails.\n\nSkal vi vente på hende eller spørge Poul?"),
    # ------------------------------------------------------------------------------------------------ Norwegian
    ("no", "delegate", RE, "Mens jeg er borte, er det Pål som bestemmer om Jane."),
    ("no", "words", RE, "Jeg leser ikke e-post så ofte denne uka. Kan du sende meg tidspunktene på SMS?"),
    # ------------------------------------------------------------------------------------------------ Finnish
    ("fi", "delegate", RE, "Sillä aikaa kun olen lomalla, Paavo päättää Janesta."),
    ("fi", "quote", RE, "Annalta tuli tällainen vastaus:\n\n> Olen lomalla 4.12. asti enkä lue sähköpostiani.\n\n"
                        "Odotetaanko häntä vai kysytäänkö Paavolta?"),
    # ------------------------------------------------------------------------------------------------ Polish
    ("pl", "forward", "PD: Kandydatka Jane Doe",
     "Od jutra mam urlop, możesz sprawdzić, czy jest dostępna w styczniu?\n\n"
     "-----Wiadomość oryginalna-----\nOd: Rita Recruiter <rita@acme.example>\nTemat: Kandydatka Jane Doe\n\n"
     "W załączniku CV."),
    ("pl", "quote", RE, "Od Anny przyszło tylko to:\n\n> Jestem na urlopie do 4 grudnia. W pilnych sprawach proszę o "
                        "kontakt z Pawłem.\n\nCzekamy na nią czy pytamy Pawła?"),
    ("pl", "delegate", RE, "Podczas mojego urlopu o Jane decyduje Paweł."),
    # ------------------------------------------------------------------------------------------------ Czech
    ("cs", "delegate", RE, "Zatímco budu na dovolené, o Jane rozhoduje Pavel."),
    ("cs", "words", RE, "Tento týden mám omezený přístup k e-mailu, můžeš mi poslat termíny do pátku?"),
    # ------------------------------------------------------------------------------------------------ Russian
    ("ru", "forward", "Fwd: Кандидат Jane Doe",
     "Я с завтрашнего дня в отпуске, можешь уточнить, свободна ли она в январе?\n\n"
     "-------- Пересылаемое сообщение --------\nОт: Rita Recruiter <rita@acme.example>\nТема: Кандидат Jane Doe\n\n"
     "Резюме во вложении."),
    ("ru", "quote", RE, "От Анны пришло вот что:\n\n> Я в отпуске до 4 декабря. По срочным вопросам обращайтесь к "
                        "Павлу.\n\nЖдём её или спросим Павла?"),
    ("ru", "delegate", RE, "Пока я в отпуске, решения по Jane принимает Павел."),
    # ------------------------------------------------------------------------------------------------ Turkish
    ("tr", "delegate", RE, "Ben izindeyken Jane hakkında kararı Mehmet verecek."),
    ("tr", "words", RE, "Bu hafta e-postalarıma erişimim sınırlı, saatleri cumaya kadar gönderebilir misin?"),
    # ------------------------------------------------------------------------------------------------ Japanese
    ("ja", "quote", RE, "田中さんからはこの返信だけでした：\n\n> 12月4日まで休暇のため不在にしております。\n\n"
                        "戻りを待ちますか、それとも佐藤さんに聞きますか？"),
    ("ja", "signature", RE, "火曜10時で大丈夫です。\n\n山田\n--\n山田花子　開発部\n金曜日は不在です"),
    ("ja", "delegate", RE, "休暇中は田中さんに判断をお任せします。"),
    ("ja", "words", RE, "今週は出張中でメールの確認が難しいので、候補日は金曜までに送ってもらえますか？"),
    # ------------------------------------------------------------------------------------------------ Chinese
    ("zh", "quote", RE, "王伟那边只回了这个：\n\n> 我12月4日前休假，期间无法及时回复邮件。\n\n我们等他还是问李娜？"),
    ("zh", "delegate", RE, "我休假期间，Jane的事由王伟决定。"),
    ("zh", "words", RE, "我这周出差，查看邮件不便，能不能周五前把面试时间发我？"),
    # ------------------------------------------------------------------------------------------------ Korean
    ("ko", "quote", RE, "김민수 님한테서 이것만 왔어요:\n\n> 12월 4일까지 휴가 중이라 메일 확인이 어렵습니다.\n\n"
                        "기다릴까요, 아니면 다른 분께 물어볼까요?"),
    ("ko", "delegate", RE, "제가 휴가 가 있는 동안 Jane 건은 김민수 님이 결정합니다."),
    ("ko", "words", RE, "이번 주는 출장이라 메일 확인이 어려워요. 금요일까지 면접 시간 보내 줄 수 있어요?"),
    # ------------------------------------------------------------------------------------------------ Hungarian
    ("hu", "delegate", RE, "Amíg szabadságon vagyok, Pál dönt Jane-ről."),
    ("hu", "quote", RE, "Annától csak ez jött vissza:\n\n> December 4-ig szabadságon vagyok. Sürgős ügyekben kérem, "
                        "forduljon Pálhoz.\n\nVárjunk rá, vagy kérdezzük Pált?"),
    # ------------------------------------------------------------------------------------------------ Romanian
    ("ro", "delegate", RE, "Cât sunt în concediu, Paul decide în privința lui Jane."),
    ("ro", "words", RE, "Săptămâna asta am acces limitat la e-mail, poți să-mi trimiți orele până vineri?"),
    # ------------------------------------------------------------------------------------------------ more of a notice's
    # own phrases inside a person's question or story (en, de, fr)
    ("en", "words", RE, "Sorry, I have been out of the office with limited access to email, so I only saw this now. Is "
                        "the role still open?"),
    ("en", "words", RE, "I'm out of the office until Monday. If it's urgent, please contact Bob - but what did Jane say "
                        "about the start date?"),
    ("en", "words", RE, "Thank you for your email. I am on leave until the 4th, so I'll read Jane's CV on the train. "
                        "Could you find a slot on the 8th?"),
    ("de", "words", RE, "Ich bin bis 4.12. im Urlaub, in dringenden Fällen wende dich an Paul. Hast du Jane schon "
                        "erreicht?"),
    ("fr", "words", RE, "Pour toute urgence, contacte Marc : je suis en congés jusqu'au 4. Tu as pu joindre Jane ?"),
    ("fr", "words", RE, "J'étais absente la semaine dernière avec un accès limité à mes mails, d'où mon silence. On "
                        "la voit mardi ?"),
]
