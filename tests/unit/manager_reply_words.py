"""A hiring manager's words, closings, signatures, disclaimers and banners in nine languages, for the whole-mail
sweep of tests/unit/manager_reply_shapes.py. Written for this project from how managers answer a recruiter's
submission ("Candidate: Jane Doe – Backend Engineer", résumé attached) in company mail; nothing is copied from a
corpus or the held-out data, and every expected decision was written before mailer read these mails.

FAMILIES maps a family to (words per language, the decision a recruiter reading them records). The decision is
"interview", "pass", "hold", "snooze" or "none"; "none" rows are the hard negatives (a question, a paragraph that
asks for more, a forward to a colleague).
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "nl", "it", "pt", "pl", "ja")
# The languages the README says the decision reader understands in sentences; a decision missed in another
# language is counted apart (what the README does not claim).
CLAIMED = ("en", "de", "fr", "es")

GREETING = {"en": "Hi Rita,", "de": "Hallo Rita,", "fr": "Bonjour Rita,", "es": "Hola Rita:", "nl": "Hoi Rita,",
            "it": "Ciao Rita,", "pt": "Olá Rita,", "pl": "Cześć Rita,", "ja": "Ritaさん"}

FAMILIES: dict[str, tuple[dict[str, tuple[str, ...]], str]] = {
    "word": ({"en": ("Interview",), "de": ("Ja, gerne.",), "fr": ("Oui, volontiers.",), "es": ("Sí, adelante.",),
              "nl": ("Ja, graag.",), "it": ("Sì, volentieri.",), "pt": ("Sim, pode marcar.",),
              "pl": ("Tak, chętnie.",), "ja": ("はい、お願いします。",)}, "interview"),
    "comment": ({"en": ("Pass – not enough Go experience for this level.",),
                 "de": ("Leider nein – zu wenig Erfahrung mit Go für diese Stufe.",),
                 "fr": ("Non merci, pas assez d'expérience en Go pour ce niveau.",),
                 "es": ("No, gracias: le falta experiencia con Go para este nivel.",),
                 "nl": ("Nee, helaas te weinig ervaring met Go voor dit niveau.",),
                 "it": ("No, grazie: poca esperienza con Go per questo livello.",),
                 "pt": ("Não, obrigado: pouca experiência com Go para este nível.",),
                 "pl": ("Nie, dziękuję – za mało doświadczenia z Go jak na ten poziom.",),
                 "ja": ("今回は見送りでお願いします。Goの経験が足りません。",)}, "pass"),
    "sentence": ({"en": ("Yes, let's interview her. Thursday afternoon works for me.",),
                  "de": ("Ja, ich würde sie gerne zum Interview einladen. Donnerstagnachmittag passt mir.",),
                  "fr": ("Oui, je veux bien la rencontrer en entretien. Jeudi après-midi me convient.",),
                  "es": ("Sí, me gustaría entrevistarla. El jueves por la tarde me viene bien.",),
                  "nl": ("Ja, ik wil graag een gesprek met haar. Donderdagmiddag komt mij goed uit.",),
                  "it": ("Sì, vorrei fare un colloquio con lei. Giovedì pomeriggio per me va bene.",),
                  "pt": ("Sim, quero entrevistá-la. Quinta-feira à tarde está ótimo para mim.",),
                  "pl": ("Tak, chętnie zaproszę ją na rozmowę. Czwartek po południu mi pasuje.",),
                  "ja": ("はい、ぜひ面接をお願いします。木曜日の午後が空いています。",)}, "interview"),
    "hold": ({"en": ("Let's put her on hold for now – headcount is frozen until January.",),
              "de": ("Bitte erst einmal auf Eis legen, bis Januar haben wir einen Einstellungsstopp.",),
              "fr": ("Mettons-la en attente pour l'instant, les recrutements sont gelés jusqu'en janvier.",),
              "es": ("Déjala en espera por ahora, las contrataciones están congeladas hasta enero.",),
              "nl": ("Zet haar voorlopig even in de wacht, tot januari is er een vacaturestop.",),
              "it": ("Mettiamola in attesa per ora, le assunzioni sono bloccate fino a gennaio.",),
              "pt": ("Vamos deixá-la em espera por enquanto, as contratações estão congeladas até janeiro.",),
              "pl": ("Wstrzymajmy się na razie, do stycznia mamy zamrożone rekrutacje.",),
              "ja": ("1月まで採用が凍結されているので、いったん保留でお願いします。",)}, "hold"),
    "snooze": ({"en": ("Remind me next week please, I'm travelling.",),
                "de": ("Erinnere mich bitte nächste Woche daran, ich bin auf Reisen.",),
                "fr": ("Relance-moi la semaine prochaine, je suis en déplacement.",),
                "es": ("Recuérdamelo la semana que viene, estoy de viaje.",),
                "nl": ("Herinner me er volgende week aan, ik ben op reis.",),
                "it": ("Ricordamelo la settimana prossima, sono in viaggio.",),
                "pt": ("Lembra-me na próxima semana, estou a viajar.",),
                "pl": ("Przypomnij mi w przyszłym tygodniu, jestem w podróży.",),
                "ja": ("来週もう一度リマインドしてください。今週は出張中です。",)}, "snooze"),
    "paragraph": ({"en": ("I had a look at her CV. The payments work is interesting, but I'm not sure about the size "
                          "of the team she led.", "Can you find out her notice period and salary expectations first?"),
                   "de": ("Ich habe mir den Lebenslauf angesehen. Die Arbeit im Zahlungsverkehr ist interessant, aber "
                          "die Teamgröße ist mir unklar.", "Kannst du vorher Kündigungsfrist und Gehaltsvorstellung "
                          "klären?"),
                   "fr": ("J'ai regardé son CV. Son expérience dans les paiements est intéressante, mais je ne suis "
                          "pas sûr de la taille de l'équipe.", "Peux-tu d'abord vérifier son préavis et ses "
                          "prétentions salariales ?"),
                   "es": ("He mirado su CV. Lo de pagos es interesante, pero no tengo claro el tamaño del equipo que "
                          "dirigió.", "¿Puedes averiguar antes su preaviso y su expectativa salarial?"),
                   "nl": ("Ik heb haar cv bekeken. Het werk aan betalingen is interessant, maar de grootte van haar "
                          "team is me niet duidelijk.", "Kun je eerst haar opzegtermijn en salariswens navragen?"),
                   "it": ("Ho guardato il suo CV. L'esperienza sui pagamenti è interessante, ma non mi è chiara la "
                          "dimensione del team.", "Puoi prima verificare il preavviso e la RAL richiesta?"),
                   "pt": ("Vi o currículo dela. O trabalho com pagamentos é interessante, mas não percebi o tamanho "
                          "da equipa.", "Podes confirmar primeiro o aviso prévio e a expectativa salarial?"),
                   "pl": ("Przejrzałem jej CV. Doświadczenie w płatnościach jest ciekawe, ale nie wiem, jak duży "
                          "był jej zespół.", "Czy możesz najpierw sprawdzić okres wypowiedzenia i oczekiwania "
                          "finansowe?"),
                   "ja": ("履歴書を拝見しました。決済システムの経験は興味深いですが、チームの規模がよくわかりません。",
                          "先に退職予定日と希望年収を確認していただけますか？")}, "none"),
    "question": ({"en": ("Adding Tom from the platform team.", "Tom, could you look at her CV and tell me what you "
                         "think of the Kubernetes part? I'll decide after that."),
                  "de": ("Ich nehme Tom vom Plattform-Team dazu.", "Tom, kannst du dir den Lebenslauf ansehen und mir "
                         "sagen, was du vom Kubernetes-Teil hältst? Danach entscheide ich."),
                  "fr": ("J'ajoute Tom de l'équipe plateforme.", "Tom, peux-tu regarder son CV et me dire ce que tu "
                         "penses de la partie Kubernetes ? Je déciderai ensuite."),
                  "es": ("Añado a Tom, del equipo de plataforma.", "Tom, ¿puedes mirar su CV y decirme qué te parece "
                         "la parte de Kubernetes? Decido después."),
                  "nl": ("Ik zet Tom van het platformteam erbij.", "Tom, kun je haar cv bekijken en laten weten wat "
                         "je van het Kubernetes-deel vindt? Daarna beslis ik."),
                  "it": ("Aggiungo Tom del team piattaforma.", "Tom, puoi guardare il CV e dirmi cosa ne pensi della "
                         "parte Kubernetes? Poi decido."),
                  "pt": ("Junto o Tom da equipa de plataforma.", "Tom, podes ver o currículo e dizer-me o que achas da "
                         "parte de Kubernetes? Depois decido."),
                  "pl": ("Dodaję Toma z zespołu platformy.", "Tom, możesz przejrzeć jej CV i powiedzieć, co sądzisz "
                         "o części dotyczącej Kubernetesa? Potem zdecyduję."),
                  "ja": ("プラットフォームチームのTomさんをCCに追加します。",
                         "Tomさん、履歴書のKubernetesの部分について意見をいただけますか？その後で判断します。")}, "none"),
    "forward": ({"en": ("Tom – FYI, could you look at her CV before our sync on Thursday?",),
                 "de": ("Tom – zur Info, kannst du dir den Lebenslauf vor unserem Termin am Donnerstag ansehen?",),
                 "fr": ("Tom – pour info, peux-tu regarder son CV avant notre point de jeudi ?",),
                 "es": ("Tom – para tu información, ¿puedes mirar su CV antes de nuestra reunión del jueves?",),
                 "nl": ("Tom – ter info, kun je haar cv bekijken voor ons overleg van donderdag?",),
                 "it": ("Tom – per info, puoi guardare il suo CV prima della riunione di giovedì?",),
                 "pt": ("Tom – para info, podes ver o currículo antes da nossa reunião de quinta?",),
                 "pl": ("Tom – do wiadomości, czy możesz przejrzeć jej CV przed czwartkowym spotkaniem?",),
                 "ja": ("Tomさん、参考までに。木曜日の打ち合わせの前に履歴書を見ておいていただけますか？",)}, "none"),
}

# Inline answers: (quoted question of the recruiter, the manager's answer under it), twice; then the decision.
INLINE: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "en": (("Would you like to interview her?", "Yes, Thursday afternoon."),
           ("She can start in February. Is that OK?", "February is fine.")),
    "de": (("Möchtest du sie zum Interview einladen?", "Ja, Donnerstagnachmittag."),
           ("Sie kann im Februar anfangen. Passt das?", "Februar passt.")),
    "fr": (("Veux-tu la rencontrer en entretien ?", "Oui, jeudi après-midi."),
           ("Elle peut commencer en février. Ça te va ?", "Février, c'est bien.")),
    "es": (("¿Quieres entrevistarla?", "Sí, el jueves por la tarde."),
           ("Puede empezar en febrero. ¿Te va bien?", "Febrero está bien.")),
    "nl": (("Wil je een gesprek met haar?", "Ja, donderdagmiddag."),
           ("Ze kan in februari beginnen. Is dat goed?", "Februari is prima.")),
    "it": (("Vuoi fare un colloquio con lei?", "Sì, giovedì pomeriggio."),
           ("Può iniziare a febbraio. Va bene?", "Febbraio va bene.")),
    "pt": (("Queres entrevistá-la?", "Sim, quinta-feira à tarde."),
           ("Pode começar em fevereiro. Pode ser?", "Fevereiro está bem.")),
    "pl": (("Czy chcesz zaprosić ją na rozmowę?", "Tak, w czwartek po południu."),
           ("Może zacząć w lutym. Czy to pasuje?", "Luty pasuje.")),
    "ja": (("面接をご希望ですか？", "はい、木曜日の午後でお願いします。"),
           ("2月から勤務可能です。問題ないでしょうか？", "2月で問題ありません。")),
}
INLINE_DECISION = "interview"

# The recruiter's submission as it stands quoted, in the language of the row (it asks for the decision).
SUBMISSION = {
    "en": ("Hi Maria,", "please find attached the CV of Jane Doe for the Backend Engineer role.",
           "She has six years of Go and Postgres. Would you like to interview her, or shall I pass?", "Thanks,", "Rita"),
    "de": ("Hallo Maria,", "anbei der Lebenslauf von Jane Doe für die Stelle Backend Engineer.",
           "Sie hat sechs Jahre Go und Postgres. Möchtest du ein Interview oder sage ich ab?", "Danke,", "Rita"),
    "fr": ("Bonjour Maria,", "ci-joint le CV de Jane Doe pour le poste de Backend Engineer.",
           "Six ans de Go et de Postgres. Veux-tu un entretien ou je décline ?", "Merci,", "Rita"),
    "es": ("Hola Maria:", "te adjunto el CV de Jane Doe para el puesto de Backend Engineer.",
           "Tiene seis años de Go y Postgres. ¿Quieres entrevistarla o la descartamos?", "Gracias,", "Rita"),
    "nl": ("Hoi Maria,", "in de bijlage het cv van Jane Doe voor de rol Backend Engineer.",
           "Zes jaar Go en Postgres. Wil je een gesprek of zeg ik af?", "Bedankt,", "Rita"),
    "it": ("Ciao Maria,", "in allegato il CV di Jane Doe per il ruolo di Backend Engineer.",
           "Ha sei anni di Go e Postgres. Vuoi un colloquio o rinuncio?", "Grazie,", "Rita"),
    "pt": ("Olá Maria,", "segue em anexo o currículo da Jane Doe para a vaga de Backend Engineer.",
           "Tem seis anos de Go e Postgres. Queres entrevistá-la ou recuso?", "Obrigada,", "Rita"),
    "pl": ("Cześć Maria,", "w załączniku CV Jane Doe na stanowisko Backend Engineer.",
           "Ma sześć lat doświadczenia z Go i Postgres. Chcesz rozmowę czy odpuszczamy?", "Dzięki,", "Rita"),
    "ja": ("Mariaさん", "Backend EngineerのポジションについてJane Doeさんの履歴書を添付します。",
           "GoとPostgresの経験が6年あります。面接を希望されますか？", "よろしくお願いします。", "Rita"),
}
# mailer's own follow-up (its templates are English whatever the manager's client speaks), a trap of command words.
FOLLOWUP = ("Hi Maria,", "Just a gentle nudge on Jane Doe for the Backend Engineer role, sent on 1 Dec.",
            'A one-word reply is plenty: "interview", "pass", or "snooze 3d".', "Thanks,", "Rita Recruiter", "--",
            "Sent by mailer on behalf of Rita Recruiter. Reply to this mail as usual; Rita gets your answer.")

CLOSING = {"en": "Best regards,", "de": "Viele Grüße", "fr": "Cordialement,", "es": "Saludos,",
           "nl": "Met vriendelijke groet,", "it": "Cordiali saluti,", "pt": "Atenciosamente,", "pl": "Pozdrawiam,",
           "ja": "よろしくお願いいたします。"}
NAME = "Maria Manager"

TITLE = {"en": "Head of Engineering", "de": "Leiterin Softwareentwicklung", "fr": "Directrice de l'ingénierie",
         "es": "Directora de Ingeniería", "nl": "Hoofd Engineering", "it": "Responsabile Ingegneria",
         "pt": "Diretora de Engenharia", "pl": "Kierownik Działu Inżynierii", "ja": "エンジニアリング部 部長"}
COMPANY = {"en": ("ACME Ltd", "1 King Street, London EC2V 8AU", "T +44 20 7946 0000 | M +44 7700 900123"),
           "de": ("ACME GmbH", "Musterstraße 1, 10115 Berlin", "Tel. +49 30 1234 5678 | Mobil +49 170 1234567"),
           "fr": ("ACME SAS", "12 rue de la Paix, 75002 Paris", "Tél. +33 1 23 45 67 89 | Port. +33 6 12 34 56 78"),
           "es": ("ACME S.L.", "Calle Mayor 1, 28013 Madrid", "Tel. +34 910 000 000 | Móvil +34 600 000 000"),
           "nl": ("ACME B.V.", "Keizersgracht 1, 1015 CJ Amsterdam", "T +31 20 123 4567 | M +31 6 1234 5678"),
           "it": ("ACME S.r.l.", "Via Roma 1, 20121 Milano", "Tel. +39 02 1234 5678 | Cell. +39 333 123 4567"),
           "pt": ("ACME Lda.", "Avenida da Liberdade 1, 1250-096 Lisboa", "Tel. +351 21 000 0000 | Tlm. +351 91 000 0000"),
           "pl": ("ACME Sp. z o.o.", "ul. Marszałkowska 1, 00-001 Warszawa", "tel. +48 22 123 45 67 | kom. +48 600 123 456"),
           "ja": ("株式会社ACME", "〒100-0001 東京都千代田区千代田1-1", "TEL 03-1234-5678 / 携帯 090-1234-5678")}
SOCIAL = "www.acme.example | LinkedIn | X"
LOGO_TEXT = "[cid:image001.png@01DB4A2C.5E3F1A20]"

DISCLAIMER = {
    "en": "This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the "
          "intended recipient, please notify the sender and delete this e-mail.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
          "bitte sofort den Absender und vernichten Sie diese E-Mail.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous "
          "avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
    "es": "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si ha "
          "recibido este mensaje por error, notifíquelo al remitente y elimínelo.",
    "nl": "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, "
          "wordt u verzocht de afzender direct te informeren en het bericht te verwijderen.",
    "it": "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se avete "
          "ricevuto questo messaggio per errore, vi preghiamo di informare il mittente e di cancellarlo.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se recebeu "
          "esta mensagem por engano, informe o remetente e elimine-a.",
    "pl": "Ta wiadomość i jej załączniki są poufne i przeznaczone wyłącznie dla adresata. Jeśli otrzymali Państwo tę "
          "wiadomość przez pomyłkę, prosimy o poinformowanie nadawcy i jej usunięcie.",
    "ja": "本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。",
}
BANNER = {
    "en": "CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
          "unless you recognize the sender and know the content is safe.",
    "de": "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Klicken Sie nicht auf Links und öffnen Sie "
          "keine Anhänge, wenn Sie den Absender nicht kennen.",
    "fr": "ATTENTION : Cet e-mail provient d'une source externe. Ne cliquez pas sur les liens et n'ouvrez pas les "
          "pièces jointes si vous ne connaissez pas l'expéditeur.",
    "es": "PRECAUCIÓN: Este correo se originó fuera de la organización. No haga clic en enlaces ni abra archivos "
          "adjuntos a menos que reconozca al remitente.",
}

TEAMS = ("________________________________________________________________________________",
         "Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
         "Meeting ID: 348 221 907 115", "Passcode: x7Ht9q", "Download Teams | Join on the web",
         "Learn More | Meeting options",
         "________________________________________________________________________________")
ZOOM = ("Join Zoom Meeting", "https://acme.zoom.us/j/84512345678?pwd=bXlQd1hTVzZ5", "Meeting ID: 845 1234 5678",
        "Passcode: 402913", "One tap mobile", "+442034815240,,84512345678# United Kingdom")
