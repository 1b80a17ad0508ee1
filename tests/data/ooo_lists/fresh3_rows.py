"""The sixth collection round's rows for make.py (fresh-ooo3): people writing about their own absence on the Twisted
project's lists (twisted-python, twisted-web) and ImageJ's developer list, and the one notice those archives still
held that no earlier round took. Labelled from each mail's own text before mailer was run on any of them; same
columns, redactions and split as make.py's ROWS. Kept apart only so make.py stays readable."""

# repository -> (source column, commit holding the archive files)
FRESH3_ARCHIVES = {
    "twisted/pipermail": ("twisted_pipermail", "75a0ed20ffa55cc4354dc11e725a2f2c096f566c"),
    "imagej/pipermail": ("imagej_pipermail", "e1ba8566b04f736fe4e2ef06b8cea2a97ef36897"),
    # second batch, collected the same day before any rule change (see README.md, "Sixth collection round")
    "JulienPalard/python-committers-archives": ("python_committers_archives",
                                                "de5e49c1d8191a133d4c5ba2daf8570f4d65aba4"),
    "r-mailing-lists/r-help-es": ("r_mailing_lists", "06d9c756291ba91d57f50e350a737e69691300e1"),
    "BackupTheBerlios/yajhfc-user-maillist": ("berlios_lists", "75d3e5a7379e3560cd1fa1da0732d43af810f879"),
    "BackupTheBerlios/chan-sccp-users-maillist": ("berlios_lists", "29dbbe3bfd8851a597dff1f73f41bb7ebd739066"),
    "BackupTheBerlios/netzworkk-kwtools-maillist": ("berlios_lists", "16e3e83136e08a48e299293bbdd2fac0c3b30bcd"),
    "BackupTheBerlios/smb4k-devel-maillist": ("berlios_lists", "89f60e6f66cd80f9a59c1a02f0f0cdbb4cf0d645"),
    "BackupTheBerlios/senf-dev-maillist": ("berlios_lists", "0303fde89eba82d839f42d1b134fdb2d2cb16e6f"),
}

# Archives that hold each month twice (first with non-ASCII letters as "?", then intact): the last copy is taken.
REPEATED = {"twisted/pipermail"}

# (file, repository, archive path, Message-ID, is_ooo, language, return_date, note)
FRESH3_ROWS = [
    # ---- a notice (is_ooo 1)
    ("twisted-web-2015-08-automatic-reply-returning-monday.eml", "twisted/pipermail", "twisted-web/2015-August.txt",
     "<fc.000f81d802db243f3b9aca00a4f3cf0a.2db2440@gsacrd.ab.ca>", "1", "en", "2015-08-31",
     'a school\'s notice answering a list post under its subject "unsubscribe": "This is an automatic reply. I am '
     'attending … today, and am out of the office, returning on Monday, August 31, 2015"'),
    # ---- people writing about their own absence, or about someone's auto-reply (is_ooo 0)
    ("twisted-python-2001-10-human-back-after-weeks-away.eml", "twisted/pipermail", "twisted-python/2001-October.txt",
     "<OF7DE57411.712372B6-ON4A256AE1.0001C717@mincom.oz.au>", "0", "en", "",
     'a person offering help, signed "back after two and a half weeks away from computers", then a company '
     "disclaimer (a Lotus Notes Message-ID, as the notices have)"),
    ("twisted-python-2003-06-human-quotes-ausser-haus-notice.eml", "twisted/pipermail", "twisted-python/2003-June.txt",
     "<20030601232551.GA2910@mephisto.ghaering.de>", "0", "en", "",
     'a subscriber answering a German Lotus notice under its own subject ("… ist außer Haus."): quotes it ("Ich '
     'werde ab 02.06.2003 nicht im Büro sein. Ich kehre zurück am 23.06.2003") and mocks it as a way of asking to '
     "be unsubscribed"),
    ("twisted-python-2003-08-human-ccc-camp-and-holiday.eml", "twisted/pipermail", "twisted-python/2003-August.txt",
     "<1060007204.1233.42.camel@localhost>", "0", "en", "",
     'a developer\'s own post "ccc camp and holiday": where he will be (camp, Amsterdam, Paris), an invitation to '
     "meet"),
    ("twisted-python-2005-11-human-back-from-holidays-abroad.eml", "twisted/pipermail",
     "twisted-python/2005-November.txt", "<61DA7719C45FD31185280008C733EF6E04AC50BD@XCHANGE>", "0", "en", "",
     'an answer about a sprint date: "I\'ll be getting back from holidays abroad that night. Is it possible to move '
     'it a week later", over an Outlook quote'),
    ("twisted-python-2006-09-human-away-on-business.eml", "twisted/pipermail", "twisted-python/2006-September.txt",
     "<451787FD.5010005@pangalactic.us>", "0", "en", "",
     'an answer: "I\'ll be away on business the rest of this week but will get started as soon as I get back"'),
    ("twisted-python-2008-08-human-out-of-town.eml", "twisted/pipermail", "twisted-python/2008-August.txt",
     "<20080811023738.29191.2143661857.divmod.quotient.13106@ohm>", "0", "en", "",
     'a one-line answer about sprint dates: "I\'ll be out of town the 16th and 17th; 23rd or 24th works for me."'),
    ("twisted-python-2008-08-human-back-from-vacation-patch.eml", "twisted/pipermail", "twisted-python/2008-August.txt",
     "<7a01f6c00808230448x6ba13d5bqa89eaedf0c56b092@mail.gmail.com>", "0", "en", "",
     'a developer, Philippines: "I could submit a patch on wednesday after I go back from vacation. :)"'),
    ("twisted-python-2010-05-human-reports-ticketing-autoresponder.eml", "twisted/pipermail",
     "twisted-python/2010-May.txt", "<4BE68BA3.8040708@imperial.ac.uk>", "0", "en", "",
     'a subscriber forwarding a help desk\'s auto-acknowledgement to the list under its "[#24487862] Re:" subject: '
     '"Someone appears to have subscribed a ticketing system w/ autoresponder to the Twisted mailing list"'),
    ("twisted-python-2012-04-human-mini-vacation.eml", "twisted/pipermail", "twisted-python/2012-April.txt",
     "<1120419202007.50546A-100000@Ives.egh.com>", "0", "en", "",
     'an answer: a colleague "is on vacation this week. Also, I\'m going to NYC tomorrow (mini-vacation) so I won\'t '
     'be able to talk to him about it until late Monday or Tuesday."'),
    ("twisted-python-2013-07-human-been-on-vacation.eml", "twisted/pipermail", "twisted-python/2013-July.txt",
     "<3552258B-A1F1-4969-A504-3E61DC8B8DF8@twistedmatrix.com>", "0", "en", "",
     'a maintainer\'s answer: "sorry for being a bit late to the party, been on vacation for a week :-)"'),
    ("twisted-python-2014-10-human-monday-travelling.eml", "twisted/pipermail", "twisted-python/2014-October.txt",
     "<m2k34865b7.fsf@ender.habnabit.org>", "0", "en", "",
     'an answer to a call for reviewers: "Monday I\'ll be travelling, but I\'ll try to participate for the rest of '
     'the week."'),
    ("twisted-python-2016-01-human-caught-me-on-vacation.eml", "twisted/pipermail", "twisted-python/2016-January.txt",
     "<8D487458-E248-49C9-9CF0-0DFBC3E3AFD8@twistedmatrix.com>", "0", "en", "",
     'a maintainer\'s answer: "Sorry for the delay; your message caught me (and I suspect many other people) on '
     'vacation."'),
    ("twisted-python-2016-02-human-left-autoresponder-on.eml", "twisted/pipermail", "twisted-python/2016-February.txt",
     "<B559FCDE-3C12-46AC-886B-CFB592C17EAD@twistedmatrix.com>", "0", "en", "",
     'the list admin about a subscriber\'s auto-replies: "I assumed this person had accidentally left their '
     'autoresponder on and would notice"'),
    ("twisted-python-2016-06-human-conferences-and-vacation.eml", "twisted/pipermail", "twisted-python/2016-June.txt",
     "<B5EFF7B7-1A94-458A-B7CD-29698FC51898@twistedmatrix.com>", "0", "en", "",
     'the list admin: "There\'s quite a backlog since I\'ve been at conferences and on vacation for a while"'),
    ("twisted-python-2017-02-human-out-with-flu.eml", "twisted/pipermail", "twisted-python/2017-February.txt",
     "<42F826B7-2644-4159-9AF3-2E1623A76778@twistedmatrix.com>", "0", "en", "",
     'a maintainer: "I was out of commission with a nasty flu-like thing for a good chunk of the prerelease period"'),
    ("twisted-web-2004-07-human-just-got-back.eml", "twisted/pipermail", "twisted-web/2004-July.txt",
     "<94a776e704070906286a5818d2@mail.gmail.com>", "0", "en", "",
     'a one-line consent: "Yes, I am fine with this code going into Nevow. Sorry for the delay.. I just got back '
     'from vacation."'),
    ("imagej-devel-2010-05-human-vacation-next-week.eml", "imagej/pipermail", "imagej-devel/2010-May.txt",
     "<w2ua695719b1005071330h26850482w90a9041db6cd598e@mail.gmail.com>", "0", "en", "",
     'a developer\'s own post, subject "vacation next week": "Just fyi, I\'ll be on vacation next week and won\'t be '
     'checking my email very often. I\'ll catch up when I get back."'),
    ("imagej-devel-2010-05-human-out-through-monday.eml", "imagej/pipermail", "imagej-devel/2010-May.txt",
     "<7420e98610754.4be26a9d@wiscmail.wisc.edu>", "0", "en", "",
     'a lab manager rescheduling meetings: "I will be out tomorrow through Monday at a meeting but will be in email '
     'contact."'),
    ("imagej-devel-2010-06-human-gone-at-meeting.eml", "imagej/pipermail", "imagej-devel/2010-June.txt",
     "<7470a38219658.4c1096be@wiscmail.wisc.edu>", "0", "en", "",
     'the same lab manager: a colleague "will be out the next two weeks. I will be gone at the OME meeting next week '
     '(Monday-Thursday) so we won\'t have a meeting"'),
    ("imagej-devel-2010-06-human-was-out-of-the-office.eml", "imagej/pipermail", "imagej-devel/2010-June.txt",
     "<AANLkTilcWMEEokYTbPz2EHuYuIeqNpKH7pWLCz6ZpNWZ@mail.gmail.com>", "0", "en", "",
     'a lead developer: "we missed last cycle (June 14-25) since I was out of the office. And since Aivar and Brian '
     'are away today, we will instead meet tomorrow"'),
    ("imagej-devel-2011-06-human-out-tomorrow.eml", "imagej/pipermail", "imagej-devel/2011-June.txt",
     "<BANLkTikJB=Ek4gg=FBLFO8-37dbfyEL8=Q@mail.gmail.com>", "0", "en", "",
     'a developer about a broken build: "I will be out of the office tomorrow but will work on it as much as I can."'),
    ("imagej-devel-2011-11-human-sorry-awol.eml", "imagej/pipermail", "imagej-devel/2011-November.txt",
     "<4ec269f1.271e340a.2d3f.ffffe05b@mx.google.com>", "0", "en", "",
     'a collaborator: "Sorry about being AWOL for the last two checkins - the last one was the Broad Retreat so I was '
     'away."'),
    ("imagej-devel-2012-03-human-out-next-week.eml", "imagej/pipermail", "imagej-devel/2012-March.txt",
     "<4f62525e.85bbe00a.5884.ffffe41b@mx.google.com>", "0", "en", "",
     'the same collaborator: "I\'ll be out next week, but I can counter-respond to people tomorrow and work on it in '
     'earnest when I get back."'),
    ("imagej-devel-2012-06-human-was-on-vacation.eml", "imagej/pipermail", "imagej-devel/2012-June.txt",
     "<CADN69ymNn=UJT9BCHR=9NDB9ExS=ymj7+Poyxk_JDeJbwgTi6w@mail.gmail.com>", "0", "en", "",
     'a lead developer: "I apologize for the delay in my reply; I was on vacation recently and am still a bit behind '
     'on email."'),
    ("imagej-devel-2012-08-human-out-on-vacation.eml", "imagej/pipermail", "imagej-devel/2012-August.txt",
     "<CAKcvfuSfHjpmxSX9rsa0_X1q-y0eyVEMQUYaTOFaE9A8q2tx8Q@mail.gmail.com>", "0", "en", "",
     'a plugin author: "I have been out on vacation recently but have now seen you mention that you mailed me a '
     'plugin"'),
    ("imagej-devel-2013-01-human-about-to-go-on-vacation.eml", "imagej/pipermail", "imagej-devel/2013-January.txt",
     "<CADN69yk0RvDS7+u1vU2SUOMNNMYJJ7EUEQ8Tao1z2QciJzVFtg@mail.gmail.com>", "0", "en", "",
     'a lead developer: "writing me a private mail is dangerous because I might be too busy, or about to go on '
     'vacation for two weeks (which is what happened this time; sorry for that)"'),
    ("imagej-devel-2013-10-human-out-of-the-office-tomorrow.eml", "imagej/pipermail", "imagej-devel/2013-October.txt",
     "<CADN69y=NLzAwxthCmFqJrFkdFmk1ueAb0tzd0tkr0pHBSN9DcQ@mail.gmail.com>", "0", "en", "",
     'a lead developer\'s status post: "Unfortunately I will be out of the office tomorrow, so completion of this '
     'work will have to wait till Monday."'),
    ("imagej-devel-2014-02-human-out-of-the-office-today.eml", "imagej/pipermail", "imagej-devel/2014-February.txt",
     "<CADN69y=G1BDkmYUK6JqanNw6_ZDKDbMxMe5GgmU8U5cgxu=YFA@mail.gmail.com>", "0", "en", "",
     'a short answer that opens like a notice: "I am out of the office today, and will reply in more detail later, '
     'but just wanted to quickly add: …"'),
    ("imagej-devel-2015-02-human-return-to-the-office-tuesday.eml", "imagej/pipermail",
     "imagej-devel/2015-February.txt", "<CADN69ymztg1gv5+COL461pU9v9UBpvEcn29xaVet5gviLAVxxw@mail.gmail.com>", "0",
     "en", "",
     'an answer in a build thread: "I am out of the office today, but maybe one of you guys could create that job. '
     'Or else I can do it when I return to the office on Tuesday."'),
    ("imagej-devel-2015-08-human-back-from-vacation-monday.eml", "imagej/pipermail", "imagej-devel/2015-August.txt",
     "<b2d351a8-7fea-4d5b-ac35-2d7397caf4ef@email.android.com>", "0", "en", "",
     'a developer answering from his phone: "I can send you more details next Monday, when I\'m back from '
     'vacation.", over a German quote header ("Am 19.08.2015 … schrieb")'),
    # ---- second batch: notices (is_ooo 1)
    ("yajhfc-user-2007-08-lotus-not-return-until-day-first.eml", "BackupTheBerlios/yajhfc-user-maillist",
     "2007-August.txt", "<OFB6EDD10D.68D9C62C-ONC1257342.006DF028-C1257342.006DF02A@controlli.org>", "1", "en",
     "2007-08-27",
     'Lotus Notes "… is out of the office.", Italy: "starting 11/08/2007 and will not return until 27/08/2007" (day '
     "first: 27 > 12); his mobile number masked"),
    ("chan-sccp-users-2007-04-exchange-returning-afternoon.eml", "BackupTheBerlios/chan-sccp-users-maillist",
     "2007-April.txt", "<c51b37c0d8c640d6998d7bf4dbbd06ea@cb980f367c56447f994732f811199adb>", "1", "en", "2007-04-04",
     'Exchange "Out of Office AutoReply April 3rd", sent 3 April 2007: "I am currently out of the office, returning '
     'the afternoon of April 4th"; the same responder\'s second copy was left out'),
    # ---- second batch: people's notes (is_ooo 0)
    ("python-committers-2008-08-human-on-vacation-until.eml", "JulienPalard/python-committers-archives",
     "2008-08.txt", "<48A114EB.3090801@v.loewis.de>", "0", "en", "",
     'a release manager\'s answer about a beta date: "I\'ll be on vacation then, and not be able to produce Windows '
     'binaries (until September 8)"'),
    ("python-committers-2009-07-human-im-on-holiday.eml", "JulienPalard/python-committers-archives", "2009-07.txt",
     "<1afaf6160907071910p5b39be43sbbcf15dcb4685ae5@mail.gmail.com>", "0", "en", "",
     'a two-line answer: "Would you mind doing the honors? I\'m on holiday.:)"'),
    ("python-committers-2012-07-human-is-pat-on-vacation.eml", "JulienPalard/python-committers-archives",
     "2012-07.txt", "<CAFy_4dLwmMtbOsR7jsRiwx1TJPRTJPZMO890-799SupUOR_5aQ@mail.gmail.com>", "0", "en", "",
     'the answer to "Is Pat on vacation?" (its subject): "Sorry for the delay, I will get to them on Monday, I will '
     'be traveling from EuroPython this weekend."'),
    ("python-committers-2016-11-human-going-on-vacation-until.eml", "JulienPalard/python-committers-archives",
     "2016-11.txt", "<20161112220435.GA12885@gazelle>", "0", "en", "",
     'a list moderator\'s own post: "I\'m going on vacation starting this Tuesday November 15th, and won\'t have much '
     'Internet access … until I get back on November 30th. Could someone please take over moderating …"'),
    ("python-committers-2017-02-human-going-on-vacation-in-minutes.eml", "JulienPalard/python-committers-archives",
     "2017-02.txt", "<CAP1=2W6b1_9bnnqtqmCsXM-+AiX5QHea=myXrafFmVH+cS+qeQ@mail.gmail.com>", "0", "en", "",
     'an answer: "I\'m going on vacation in literally 10 minutes, so the best I can do is tell you …"'),
    ("python-committers-2017-04-human-on-vacation-until-tomorrow.eml", "JulienPalard/python-committers-archives",
     "2017-04.txt", "<CAP1=2W69VK_8WXJ83Nh6p43mWN_YeTMLm_SFBF5oe8XwdiV_DA@mail.gmail.com>", "0", "en", "",
     'an answer in a thread: "I\'m on vacation until tomorrow so I\'ve been off of GitHub since last Thursday, but '
     '…"'),
    ("python-committers-2018-09-human-was-on-leave.eml", "JulienPalard/python-committers-archives", "2018-09.txt",
     "<DDBCBE25-9409-447A-A40C-699559801DA1@python.org>", "0", "en", "",
     'an answer: "I expected to have time to work on my PEP while I was on leave for my son\'s wedding, but y\'know, '
     'family! :)"'),
    ("python-committers-2019-03-human-away-next-two-weeks.eml", "JulienPalard/python-committers-archives",
     "2019-03.txt", "<3002e29f-308d-3901-887b-fc7ae6c954fc@python.org>", "0", "en", "",
     'an answer under a French quote header ("Le 02/03/2019 … a écrit"): "I don\'t really have the time right now, '
     'and I\'ll be away the next two weeks"'),
    ("python-committers-2019-04-human-late-was-on-holiday.eml", "JulienPalard/python-committers-archives",
     "2019-04.txt", "<20190415111031.aciafpjjfjd5bg6r@xps>", "0", "en", "",
     'a new core developer\'s thanks: "Sorry for my late introduction, I was on holiday."'),
    ("r-help-es-2012-03-human-llegar-de-viaje.eml", "r-mailing-lists/r-help-es", "raw/2012-March.mbox",
     "<4F6F5D2B.5050009@gmail.com>", "0", "es", "",
     'a person\'s answer: "Acabo de llegar a casa de viaje, y se ha arreglado solo"'),
    ("r-help-es-2015-07-human-no-este-de-vacaciones.eml", "r-mailing-lists/r-help-es", "raw/2015-July.mbox",
     "<20150721105751.2ba7f3f6@epigpbn01.ad-hugtip>", "0", "es", "",
     'a question that opens "Si aún hay alguien que no esté de vacaciones, igual me pueden ayudar."'),
    ("r-help-es-2012-10-human-despues-de-las-vacaciones.eml", "r-mailing-lists/r-help-es", "raw/2012-October.mbox",
     "<CAGnmr54bt4TdTUi8_=a_OJ=u4CqLGnD6RQjJdCppcGZvRDh6gQ@mail.gmail.com>", "0", "es", "",
     'a user group\'s announcement: "Después de las vacaciones, volvemos con las reuniones de usuarios de R en '
     'Barcelona. Será el jueves 11 de octubre"'),
    ("r-help-es-2014-09-human-tras-las-vacaciones.eml", "r-mailing-lists/r-help-es", "raw/2014-September.mbox",
     "<CAOKbq8g43gaGuds1xTN4+W28QBt3JobS9OcVegQeO0jEQc+BEw@mail.gmail.com>", "0", "es", "",
     'a user group\'s announcement: "Recuperamos la actividad del grupo de usuarios tras las vacaciones", then the '
     "agenda"),
    ("netzworkk-kwtools-2008-06-human-ferien-mitte-juli.eml", "BackupTheBerlios/netzworkk-kwtools-maillist",
     "2008-June.txt.gz", "<20080629151248.GA6685@suffbook.netzworkk.de>", "0", "de", "",
     'a maintainer\'s bug report: "Werde ich wohl erst Mitte Juli in Angriff nehmen können, da … Ferien sind" (the '
     "archive lost the umlauts as ?)"),
    ("netzworkk-kwtools-2008-11-human-erst-mal-urlaub.eml", "BackupTheBerlios/netzworkk-kwtools-maillist",
     "2008-November.txt.gz", "<20081110164530.GA28761@suffbook.netzworkk.de>", "0", "de", "",
     'the maintainer\'s release note: "Das wird als nächstes in Angriff genommen, erst mal Urlaub :)"'),
    ("netzworkk-kwtools-2009-02-human-im-urlaub-am-wieder-da.eml", "BackupTheBerlios/netzworkk-kwtools-maillist",
     "2009-February.txt.gz", "<20090215185215.GA11295@suffbook.netzworkk.de>", "0", "de", "",
     'the maintainer about a helper: "Der Mensch dafür ist z. Z. im Urlaub. … Am 17.02 ist er wieder da." (someone '
     "else's absence, with the day back)"),
    ("netzworkk-kwtools-2011-12-human-ich-gehe-in-urlaub.eml", "BackupTheBerlios/netzworkk-kwtools-maillist",
     "2011-December.txt.gz", "<20111223033407.GA31785@suffbook.netzworkk.de>", "0", "de", "",
     'the maintainer: a script is finished, "Ich gehe jetzt in Urlaub. Ich wünsche euch allen schöne Feiertage und nen '
     'guten Rutsch."'),
    ("senf-dev-2008-03-human-gruesse-aus-dem-urlaub.eml", "BackupTheBerlios/senf-dev-maillist", "2008-March.txt.gz",
     "<47DF9A0A.5080102@fokus.fraunhofer.de>", "0", "de", "",
     'a developer\'s answer about a library name, signed "Gruesse aus dem Urlaub, Jens"'),
    ("smb4k-devel-2007-01-human-moving-may-be-absent.eml", "BackupTheBerlios/smb4k-devel-maillist",
     "2007-January.txt", "<200701241835.09660.alexander.reinholdt@web.de>", "0", "en", "",
     'a maintainer\'s own post "Moving next week / future plan": "next week, I will move and start my new job. Thus, I '
     'may be absent for a while"'),
    ("smb4k-devel-2009-10-human-unavailable-until-sunday.eml", "BackupTheBerlios/smb4k-devel-maillist",
     "2009-October.txt", "<200910231456.39090.alexander.reinholdt@t-online.de>", "0", "en", "",
     'the same maintainer\'s question, then "Please note that I will be unavailable until Sunday night."'),
]
