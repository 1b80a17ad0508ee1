"""The fifth collection round's rows for make.py (fresh-ooo2): BerliOS lists no earlier round searched, and
r-sig-finance through the per-list R mirror. Labelled from each mail's own text before mailer was run on any of
them; same columns, redactions and split as make.py's ROWS. Kept apart only so make.py stays readable."""

# repository -> (source column, commit holding the archive files)
FRESH_ARCHIVES = {
    "r-mailing-lists/r-sig-finance": ("r_mailing_lists", "0b629b35de10e7c7832c3e4c149270b754e04156"),
    "BackupTheBerlios/mrs-user-maillist": ("berlios_lists", "8a8c421896b2c083fde0ed0d9af96f6158ce7828"),
    "BackupTheBerlios/openimscore-users-maillist": ("berlios_lists", "ee78d901bfc965bfb3abdfb1db2ff0c345999285"),
    "BackupTheBerlios/openimscore-cscf-maillist": ("berlios_lists", "2f5f99c19f392a791bc369cd4d2838c7b2160dcc"),
    "BackupTheBerlios/cost-project-members-maillist": ("berlios_lists", "e442f07a1a15cc48a37a71579ed3a252ba59cb29"),
    "BackupTheBerlios/elua-dev-maillist": ("berlios_lists", "73300be6a3990cbcbd92221a0f9c5075741c0ab8"),
    "BackupTheBerlios/fetchmail-devel-maillist": ("berlios_lists", "c0577218a70522644dddd1b80c66be848ebb6992"),
    "BackupTheBerlios/fldigi-devel-maillist": ("berlios_lists", "199a7a74c66f04853cb790e01c2bfd42989deceb"),
    "BackupTheBerlios/gpodder-devel-maillist": ("berlios_lists", "23dc3fcda00295ca555cd1027708c9e52eab1998"),
    "BackupTheBerlios/gpsd-dev-maillist": ("berlios_lists", "4896532a0f3628176a5991798d7006ed1f928ba0"),
    "BackupTheBerlios/gpsd-users-maillist": ("berlios_lists", "ac8b245378aa7740929b9fe66cb0a52c7e49cea6"),
    "BackupTheBerlios/hibiscus-devel-maillist": ("berlios_lists", "09f86c0f0d378326e9955071ac9f234c9eac5772"),
    "BackupTheBerlios/kiwi-devel-maillist": ("berlios_lists", "a224c89cd2bbdec1c6701491dc708472a2a34634"),
    "BackupTheBerlios/lincity-ng-devel-maillist": ("berlios_lists", "c25902bf6fcb47c229996a0ca614f1c7f4b44322"),
    "BackupTheBerlios/radartools-users-maillist": ("berlios_lists", "39a98ddbcd3238a24c08e47f10d656de41a52a38"),
    "BackupTheBerlios/canorus-devel-maillist": ("berlios_lists", "ff274b7c572ca87abd3d0b4810917cb83ad95dc3"),
    "BackupTheBerlios/python-spe-dev-maillist": ("berlios_lists", "027724e7f1171237dd3fba3451e49e374d69ccac"),
    "BackupTheBerlios/slim-dev-maillist": ("berlios_lists", "8cc15ee8aa1a480a5e097fe3e3aaa6b173a8301f"),
    "BackupTheBerlios/tstools-developer-maillist": ("berlios_lists", "6d2b455abcc4e0baa0aa76fe2a199d2c6d7b6f22"),
}

# (file, repository, archive path, Message-ID, is_ooo, language, return_date, note)
FRESH_ROWS = [
    # ---- notices (Lotus Notes; the subject names the person, only the body's words say it is a notice)
    ("mrs-user-2007-03-lotus-on-holiday-not-return-until.eml", "BackupTheBerlios/mrs-user-maillist",
     "2007-March.txt.gz", "<OF4C59D418.AA3D8526-ONC1257291.0048938D-C1257291.0048938D@bayer.de>", "1", "en",
     "2007-03-14",
     'Lotus Notes, subject "… is on holiday", France: "starting 02/20/2007 and will not return until 03/14/2007" '
     '(month first: 20 > 12) and "I am on holiday for a while": will not return until X is back on X'),
    ("mrs-user-2011-08-lotus-not-return-until.eml", "BackupTheBerlios/mrs-user-maillist", "2011-August.txt.gz",
     "<OF2DD7DCA5.F0F59D25-ON852578E9.004D037D-852578E9.004D037E@EliLilly.lilly.com>", "1", "en", "2011-08-22",
     'Lotus Notes "… is out of the office.", US: "starting 08/05/2011 and will not return until 08/22/2011", nothing '
     "else; the same responder's September notice was left out"),
    ("openimscore-users-2012-02-lotus-auto-returning-day-first.eml", "BackupTheBerlios/openimscore-users-maillist",
     "2012-February.txt.gz", "<OF8820539D.9223AAF5-ONC12579AE.0045853B-C12579AE.0045853B@ept.lu>", "1", "en",
     "2012-02-27",
     'Lotus Notes "AUTO: … is out of the office (returning 27/02/2012)" to a digest, Luxembourg: "I am out of the '
     'office until 27/02/2012": returning X wins (README rule 1)'),
    # ---- people writing about their own absence (is_ooo 0)
    ("r-sig-finance-2012-05-human-out-of-office-two-days.eml", "r-mailing-lists/r-sig-finance", "raw/2012q2.mbox",
     "<F148DC98BC2E614AA82FC8457CA5BCBF74805D@BONNIE.domail.local>", "0", "en", "",
     'a person\'s answer, Spain: "Sorry, i have been out of office for two days", then what he tried'),
    ("fetchmail-devel-2004-06-human-away-through.eml", "BackupTheBerlios/fetchmail-devel-maillist",
     "2004-June.txt.gz", "<200406190755.23824.rfunk@funknet.net>", "0", "en", "",
     'a maintainer\'s own post "vacation": "I\'ll be away through June 28, so don\'t expect anything from me until '
     'then", names who has admin access, plans for his return (notice wording, written by hand)'),
    ("fldigi-devel-2009-08-human-out-of-office-hospital.eml", "BackupTheBerlios/fldigi-devel-maillist",
     "2009-August.txt.gz", "<4A947EBD.20003@bellsouth.net>", "0", "en", "",
     'a developer\'s own post, subject "Out of office for at least a day.": admitted to hospital tomorrow, "will '
     'probably not be back in the shack until Thursday"'),
    ("fldigi-devel-2013-01-human-now-back.eml", "BackupTheBerlios/fldigi-devel-maillist", "2013-January.txt.gz",
     "<5101C0BA.3000800@conas.cu>", "0", "en", "",
     'a translator, Cuba: "I was keep away from access the internet, but now I\'m now back!", then his question'),
    ("cost-project-members-2009-04-human-reports-automatic-reply.eml",
     "BackupTheBerlios/cost-project-members-maillist", "2009-April.txt.gz", "<49D37265.5050606@ifremer.fr>", "0",
     "en", "",
     'a person, France: "don\'t worry if there is an automatic reply that I\'m away from my mail" (a person '
     "reporting his own auto-reply), the list mail quoted below"),
    ("elua-dev-2009-12-human-away-from-lab-until.eml", "BackupTheBerlios/elua-dev-maillist", "2009-December.txt.gz",
     "<d3b6d880912101155qb5de537k7f8f22493397e1dc@mail.gmail.com>", "0", "en", "",
     'a developer\'s answer, Brazil: "Unfortunately, I\'m away from the Lab until dec 21st and with no '
     'board/equipment availabe to check it", then technical advice'),
    ("elua-dev-2011-06-human-away-from-lab-weeks.eml", "BackupTheBerlios/elua-dev-maillist", "2011-June.txt.gz",
     "<BANLkTi=cU11MdqHfuz3aZaOJQzrS+Q+QNQ@mail.gmail.com>", "0", "en", "",
     'the same developer under a deep quote: "I\'m away from the Lab (for yet ~3 more weeks) but I\'ll see if '
     'anyone …"'),
    ("elua-dev-2011-12-human-quick-reply-on-vacation.eml", "BackupTheBerlios/elua-dev-maillist",
     "2011-December.txt.gz", "<CANKDJfa0QZDT=+nrC6Th=bcRx6ZK1n2dq9DHOqSA-26PR0zCzg@mail.gmail.com>", "0", "en", "",
     'a maintainer\'s answer: "(quick reply, I\'m on vacation and on my ipad)", then his argument under quotes'),
    ("gpodder-devel-2007-08-human-been-on-holiday.eml", "BackupTheBerlios/gpodder-devel-maillist",
     "2007-August.txt.gz", "<fa8f05950708271119y59e835a0kfa840a65c2f55210@mail.gmail.com>", "0", "en", "",
     'a contributor, UK, under a quote: "Apologies for the delay, been on holiday for a week."'),
    ("gpodder-devel-2008-01-human-next-week-on-vacation.eml", "BackupTheBerlios/gpodder-devel-maillist",
     "2008-January.txt.gz", "<20080110074211.CC26411D256@ifrance02.ifrance.com>", "0", "en", "",
     'a French translator: "I will be next week on vacation with computer but without internet", then French '
     'webmail\'s "De : … Sujet :" header over the quoted mail'),
    ("gpodder-devel-2008-03-human-sorry-was-on-holiday.eml", "BackupTheBerlios/gpodder-devel-maillist",
     "2008-March.txt.gz", "<20080331085748.012EE11D269@ifrance02.ifrance.com>", "0", "en", "",
     'the same translator: "Sorry, I was on holiday ;)", then his opinion'),
    ("gpodder-devel-2010-11-human-busy-with-holidays.eml", "BackupTheBerlios/gpodder-devel-maillist",
     "2010-November.txt.gz", "<201011201939.26016.ericsbinaryworld@gmail.com>", "0", "en", "",
     'a contributor under a quote: "Right now I\'m busy with USA holidays, but I\'ll get to it at the first chance '
     'I have"'),
    ("gpsd-dev-2006-08-human-back-from-vacation.eml", "BackupTheBerlios/gpsd-dev-maillist", "2006-August.txt.gz",
     "<200608302051.k7UKpsoO014164@snark.thyrsus.com>", "0", "en", "",
     'the maintainer\'s own post "I\'m back from vacation, and the status of the \'J\' patch" (also sent to '
     "gpsd-users, one copy kept)"),
    ("gpsd-dev-2010-07-human-late-was-on-vacation.eml", "BackupTheBerlios/gpsd-dev-maillist", "2010-July.txt.gz",
     "<20100701174628.GE6708@thyrsus.com>", "0", "en", "",
     'the maintainer under a quote: "Sorry I\'m late responding to this; was on vacation in Michigan."'),
    ("gpsd-dev-2011-08-human-on-holiday-in.eml", "BackupTheBerlios/gpsd-dev-maillist", "2011-August.txt.gz",
     "<503044226-1313510963-cardhu_decombobulator_blackberry.rim.net-1699501606-@b1.c6.bise6.blackberry>", "0", "en",
     "", 'a developer from his BlackBerry: a release request, then "I\'m on holiday in Croatia. :-)", the list mail '
     "below an Outlook-style header"),
    ("gpsd-users-2009-10-human-been-on-holiday.eml", "BackupTheBerlios/gpsd-users-maillist", "2009-October.txt.gz",
     "<4AD8219A.10608@attglobal.net>", "0", "en", "",
     'a user under a quote: "Sorry ed, been on holiday and only on email when I can connect. I will be home '
     'tonight"'),
    ("hibiscus-devel-2009-02-human-war-im-urlaub.eml", "BackupTheBerlios/hibiscus-devel-maillist",
     "2009-February.txt.gz", "<200902121205.59631.hibiscus@willuhn.de>", "0", "de", "",
     'the maintainer between quotes: "Ich war im Ski-Urlaub ;)", then his answer'),
    ("kiwi-devel-2009-12-human-vacation-from-to.eml", "BackupTheBerlios/kiwi-devel-maillist",
     "2009-December.txt.gz", "<20091216135147.GA12717@D7.ddts.net>", "0", "en", "",
     'the maintainer\'s own post "vacation...": "I will be on vacation from December 17th to January 4th", season\'s '
     "greetings to the list (a group greeting); his on-vacation post of October 2010 is already in the folder"),
    ("kiwi-devel-2011-04-human-away-from-to.eml", "BackupTheBerlios/kiwi-devel-maillist", "2011-April.txt.gz",
     "<20110421075925.GA23532@D7.ddts.net>", "0", "en", "",
     'the maintainer answering a patch: "I will review, checkin this one after my vacation. I will be away from '
     'April 22th to May 2th"'),
    ("kiwi-devel-2011-06-human-on-vacation-this-week.eml", "BackupTheBerlios/kiwi-devel-maillist",
     "2011-June.txt.gz", "<20110615201812.GA12200@idefix.fritz.box>", "0", "en", "",
     'the maintainer: "just a quick note, I\'m on vacation this week and will take a look into the patches and '
     'issues next week"'),
    ("lincity-ng-devel-2008-02-human-going-on-vacation.eml", "BackupTheBerlios/lincity-ng-devel-maillist",
     "2008-February.txt.gz", "<300159760802271347l711d8aa7r362ba75d1286c5ee@mail.gmail.com>", "0", "en", "",
     'a contributor, Netherlands: "coming two days I can reply to mails, because I\'m going on vacation"'),
    ("lincity-ng-devel-2008-09-human-returning-from-vacation.eml", "BackupTheBerlios/lincity-ng-devel-maillist",
     "2008-September.txt.gz", "<48BEFFBC.8030608@magic.fr>", "0", "en", "",
     'a contributor, France, under a long quote: "I\'m returning from vacation." and a question'),
    ("lincity-ng-devel-2010-07-human-on-vacation-back-home.eml", "BackupTheBerlios/lincity-ng-devel-maillist",
     "2010-July.txt.gz", "<20100718184332.169610@gmx.net>", "0", "en", "",
     'a developer, Germany: "I\'m on vacation right now, so just limited internt atm … I\'ll give it a try as soon '
     'as I\'m back home. Probably in about 8 days."'),
    ("lincity-ng-devel-2013-07-human-next-week-back-home.eml", "BackupTheBerlios/lincity-ng-devel-maillist",
     "2013-July.txt.gz", "<trinity-2606f5db-7320-4b8b-91a1-071111259e61-1374099939437@3capp-gmx-bs27>", "0", "en", "",
     'the same developer: "Next week I\'ll be back home. Will look into it then."'),
    ("openimscore-cscf-2007-01-human-now-i-am-back.eml", "BackupTheBerlios/openimscore-cscf-maillist",
     "2007-January.txt.gz", "<459A7B07.8090703@fokus.fraunhofer.de>", "0", "en", "",
     'a developer, Germany: "I am more tired after the vacation than before... But now I am back", then the bug'),
    ("openimscore-users-2007-08-human-late-was-on-vacations.eml", "BackupTheBerlios/openimscore-users-maillist",
     "2007-August.txt.gz", "<20070827201213.136BD10446B@mail.berlios.de>", "0", "en", "",
     'a developer, Austria: a technical question, then "Btw.: sorry for the late answer, I was on vacations"'),
    ("radartools-users-2007-11-human-was-out-of-the-office.eml", "BackupTheBerlios/radartools-users-maillist",
     "2007-November.txt.gz", "<002501c822ee$5dbae770$9c0aa8c0@pcsven>", "0", "en", "",
     'a user, Italy: "sorry for my late answer but I was out of the office for some days.", then his problem'),
    ("canorus-devel-2008-09-human-back-from-vacations.eml", "BackupTheBerlios/canorus-devel-maillist",
     "2008-September.txt.gz", "<48DD1A31.2070205@gmail.com>", "0", "en", "",
     'the maintainer, Slovenia: "I\'m back from vacations and I just tested the Midi input. Works great.", then code'),
    ("python-spe-dev-2007-04-human-still-on-holiday.eml", "BackupTheBerlios/python-spe-dev-maillist",
     "2007-April.txt", "<4626FD38.3010802@gmail.com>", "0", "en", "",
     'the maintainer after a commit log: "I am still on holiday but I found the some time to kill this annoying bug '
     'on the plane … In May I will look to the other patches"'),
    ("slim-dev-2007-06-human-vacation-until.eml", "BackupTheBerlios/slim-dev-maillist", "2007-June.txt.gz",
     "<20070618064725.GA2196@sip>", "0", "en", "",
     'a maintainer, Italy: "I\'ll be on vacation from today afternoon until Jul 10; I should be able to handle email, '
     'not sure about svn access. Feel free to merge …" (notice wording, written by hand)'),
    ("tstools-developer-2008-06-human-away-half-term.eml", "BackupTheBerlios/tstools-developer-maillist",
     "2008-June.txt.gz", "<607A6364-A8A4-40CC-895B-A6CC9DAAFD7F@tibsnjoan.co.uk>", "0", "en", "",
     'a developer, UK: "(I was away for the half-term holiday, so sorry for a somewhat delayed response)"'),
]
