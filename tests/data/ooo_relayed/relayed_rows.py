"""The rows make.py builds (round 8, session 2: fresh-ooo5). Labelled from each mail's own text before mailer was run
on any of them: is_ooo 1 is an automatic out-of-office notice, 0 a person writing about an absence (the traps).
return_date follows the README's "Return dates" rules; empty for a person's note and for a notice that names no day."""

ARCHIVE = "MichaelChirico/r-mailing-list-archive"
ARCHIVE_COMMIT = "537fd9364a812dae1a01c0f6f96bfee53fb415f0"

# Personal mobile numbers masked, per file: (as published, as kept); make.py checks each is there.
MASKS = {
    "r-help-2002-10-out-of-office-reply-was.eml": [(b"+41 79 520 31 47", b"[mobile removed]"),
                                                   (b"+44.7984.795.836", b"[mobile removed]")],
}

# (file name, archive path, Message-ID, is_ooo, language, return date, note)
PIPERMAIL = [
    # notices: the archive kept From, Date, Subject, Message-ID only; none says it is automatic in a header
    ("r-devel-2003-07-autoreply-back-sep-2.eml", "r-devel/2003-July.txt",
     "<20030701085353Z930332-9134+10@bureau10.utcc.utoronto.ca>", "1", "en", "2003-09-02",
     'subject "[Rd] autoreply"; "Your message has been filed for future reading. Back  Sep 2, 03.  Not checking '
     'e-mail." (back on X: X)'),
    ("r-devel-2003-09-no-subject-away-until.eml", "r-devel/2003-September.txt",
     "<200309062207.h86M7VFS091094@coyote.icir.org>", "1", "en", "2003-09-21",
     'subject "[Rd] (no subject)"; "This message was automatically generated: I\'m away on vacation until September '
     '20" (until X: the day after)'),
    ("r-help-1999-11-groupwise-attending-a-class.eml", "r-help/1999-November.txt", "<s83b7d7d.027@mail.ccgroupnet.com>",
     "1", "en", "", 'GroupWise under "Re: R 0.90.0 for Windows (Please Read (Out of Office))": "I will be attending a '
     'class during the week of November 29. I will get back to you as quickly as possible", the announcement quoted '
     'under it unmarked; no return day'),
    ("r-help-2002-11-vacation-program-few-weeks.eml", "r-help/2002-November.txt",
     "<200211250103.gAP13d821030@lapo.fas.harvard.edu>", "1", "en", "",
     'the Unix vacation program under "[R] away from my mail": "Starting on November 18, I will not be checking my '
     'messages for a few weeks. Your mail concerning \\"…\\" will be read when I\'m back."; no return day'),
    ("r-help-2002-10-out-of-office-reply-was.eml", "r-help/2002-October.txt",
     "<5.1.0.14.0.20021031195347.00a3a440@pop.hermes.cam.ac.uk>", "1", "en", "2002-11-11",
     'subject "[R] Out of office reply (was Re: new package RColorBrewer available)"; "At 19:32 31.10.2002, you wrote:" '
     'and the quoted announcement come first, the notice under them: "I received your message, but am currently out of '
     'office. … I shall be back on Monday, 11 November 2002." (back on X: X; label corrected, README "Label '
     'corrections"); two personal mobile numbers masked'),
    ("r-sig-geo-2007-07-out-of-the-office-was-digest.eml", "r-sig-geo/2007-July.txt", "<46942B57.4020206@upei.ca>",
     "1", "en", "", 'subject "[R-sig-Geo] out of the office (was: R-sig-Geo Digest, Vol 47, Issue 4)", body scrubbed '
     '(HTML): one of nine the same address sent to nine digests in three days, which another subscriber called '
     'automatic "out of the office" replies; kept once; no return day'),
    # people's notes
    ("r-devel-2003-06-human-away-rest-of-today.eml", "r-devel/2003-June.txt",
     "<3EDF4546.8D8379F6@research.bell-labs.com>", "0", "en", "", 'a core developer\'s fix: "Please let me know of any '
     'problems. I\'ll be away the rest of today, but back tomorrow."'),
    ("r-devel-2006-01-human-missed-while-on-vacation.eml", "r-devel/2006-January.txt",
     "<1137867712.2523.41.camel@dsl-217-155-166-107.zen.co.uk>", "0", "en", "",
     '"I must have missed that discussion whilst I was on vacation."'),
    ("r-devel-2006-09-human-short-reply-away-two-days.eml", "r-devel/2006-September.txt",
     "<4849.74.12.142.7.1159138662.squirrel@webmail.stat.ethz.ch>", "0", "en", "",
     '"Short reply -- I\'m away from regular web access for 2 days." then the answer'),
    ("r-devel-2010-01-human-delayed-away-from-mail.eml", "r-devel/2010-January.txt",
     "<2411.70.61.217.226.1262876787.squirrel@webmail02.uottawa.ca>", "0", "en", "",
     '"This may get delayed as I am away from my usual mail system." then a suggestion'),
    ("r-devel-2010-09-human-just-back-from-vacation.eml", "r-devel/2010-September.txt",
     "<4C8F613E.8070407@statistik.tu-dortmund.de>", "0", "en", "", '"I am just back from vacation" in an answer'),
    ("r-devel-2012-02-human-back-from-vacations.eml", "r-devel/2012-February.txt",
     "<20284.60136.347334.135722@stat.math.ethz.ch>", "0", "en", "",
     'the list maintainer: "I\'m the \\"site maintainer\\" of the R-SIG-... mailing lists (and back from vacations)."'),
    ("r-devel-2014-08-human-was-on-holidays-earlier.eml", "r-devel/2014-August.txt",
     "<53F77869.3030501@psychologie.uni-freiburg.de>", "0", "en", "",
     '"Sorry for resurrecting this thread, but I was on holidays earlier."'),
    ("r-devel-2017-05-human-being-back-from-vacations.eml", "r-devel/2017-May.txt",
     "<22809.26921.473223.395550@stat.math.ethz.ch>", "0", "en", "", '"Being back from vacations" under a quote'),
    ("r-help-2000-05-human-back-from-vacation-fuzzy.eml", "r-help/2000-May.txt",
     "<200005190254.AA27551@uhddx01.dt.uh.edu>", "0", "en", "",
     '"(apologies again to group... just back from vacation and fuzzy-headed)"'),
    ("r-help-2001-08-human-when-back-from-vacation.eml", "r-help/2001-August.txt", "<3B73CAE4.D9639637@home.com>",
     "0", "en", "", '"Hi All," … "I\'ll work on that as soon as I get back from vacation."'),
    ("r-help-2001-09-human-unsubscribe-when-away.eml", "r-help/2001-September.txt",
     "<3.0.32.20010904171429.00911950@162.38.183.200>", "0", "en", "",
     '"I tend to un-subscribe from the list when I am away from my lab more than a week."'),
    ("r-help-2003-05-human-belated-on-holiday.eml", "r-help/2003-May.txt",
     "<Pine.LNX.4.44.0305030832170.6734-100000@gannet.stats>", "0", "en", "",
     '"A belated follow-up on this -- I was on holiday over Easter."'),
    ("r-help-2004-04-human-away-from-home.eml", "r-help/2004-April.txt",
     "<Pine.SOL.4.58.0404071408040.8770@moon.stats.gla.ac.uk>", "0", "en", "",
     '"I\'m away from home and can\'t check references" in an answer'),
    ("r-help-2004-08-human-acabo-de-volver-de-vacaciones.eml", "r-help/2004-August.txt",
     "<1093891859.2671.17.camel@localhost.localdomain>", "0", "es", "",
     '"Ruego disculpen la tardanza en responder a este correo, pero acabo de volver de vacaciones." (Latin-1 letters '
     'lost as "??" by the archive)'),
    ("r-help-2004-02-human-back-from-my-vacation.eml", "r-help/2004-February.txt",
     "<16439.24212.848934.835200@gargle.gargle.HOWL>", "0", "en", "",
     '"Back from my vacation, I haven\'t seen an R-help answer on this"'),
    ("r-help-2004-11-human-away-from-my-journal.eml", "r-help/2004-November.txt",
     "<9791c89b.a04bf843.81a0800@expms6.cites.uiuc.edu>", "0", "en", "", '"Right now I\'m away from my journal."'),
    ("r-help-2004-11-human-quotes-stop-email-till.eml", "r-help/2004-November.txt",
     "<16808.41845.290445.21159@gargle.gargle.HOWL>", "0", "en", "",
     'the list maintainer quoting a subscriber\'s "Is it possible to stop sending me email till January 12,2005. I '
     'will be away from my workplace." under "inappropriate posting", with "Huuh ???"'),
    ("r-help-2005-04-human-april-fool-out-of-office.eml", "r-help/2005-April.txt", "<424D460F.5020605@vanderbilt.edu>",
     "0", "en", "", 'an April Fool post "(no answer)" ending "I will be out of the office from 1:15pm to 1:25pm today. '
     'This information should be valuable to many."'),
    ("r-help-2005-10-human-quotes-lotus-notice.eml", "r-help/2005-October.txt",
     "<17221.12801.618767.119327@stat.math.ethz.ch>", "0", "en", "",
     'the list maintainer quoting a Lotus notice ("Kouros> I will be out of the office starting 10/05/2005 and will '
     'not return until 10/07/2005.") under its own subject "[R] Kouros Owzar is out": "Well, cool, why do you need to '
     'tell this to more than 3000 readers of R-help ??"'),
    ("r-help-2006-08-human-sorry-late-was-on-holidays.eml", "r-help/2006-August.txt",
     "<003901c6c4f2$c63ddab0$3c32428a@msi>", "0", "en", "",
     '"Thanks for your fast replay and sorry for my late one (I was on holidays)"'),
    ("r-help-2006-01-human-away-until-the-16th.eml", "r-help/2006-January.txt",
     "<20060108160043.E66F345E@wmailp01.st2.lyceu.net>", "0", "en", "",
     '"Hello all, Sorry for not taking part of this discussion earlier … I am away from my office and my computer '
     'until the 16th of January. Just quick and partial answers:"'),
    ("r-help-2006-07-human-delay-was-on-holiday.eml", "r-help/2006-July.txt",
     "<Pine.LNX.4.64.0607192147400.4652@thoth.maths.bath.ac.uk>", "0", "en", "",
     '"Sorry for the delay replying: I was on holiday, but have foolishly come back."'),
    ("r-help-2006-06-human-away-from-home-examples.eml", "r-help/2006-June.txt", "<web-130268948@cgpsrv2.cis.mcmaster.ca>",
     "0", "en", "", '"Dear Janet, … I\'m away from home, and don\'t have all of the examples"'),
    ("r-help-2007-07-human-slow-response-away-from-home.eml", "r-help/2007-July.txt",
     "<web-177980259@cgpsrv2.cis.mcmaster.ca>", "0", "en", "",
     '"My apologies for the slow response: I\'m away from home and checking r-help infrequently."'),
    ("r-help-2007-07-human-just-got-back-into-town.eml", "r-help/2007-July.txt",
     "<316800.41764.qm@web39714.mail.mud.yahoo.com>", "0", "en", "", '"Sorry, just got back into town."'),
    ("r-help-2014-09-human-out-of-office-today-resend.eml", "r-help/2014-September.txt",
     "<47EDA395-0BA9-4D0A-8B7D-EC48D25FADA1@intel.com>", "0", "en", "",
     '"I\'m out of the office today, but will resend it tomorrow." with his name, company and "Sent from my mobile '
     'phone." over the quote'),
    ("r-sig-geo-2007-07-human-on-out-of-office-replies.eml", "r-sig-geo/2007-July.txt",
     "<20070713151622.GF21449@univ-fcomte.fr>", "0", "en", "",
     'a subscriber under the responder\'s subject "out of the office (was: …)": "Imagine if everybody on R-help '
     'automatically sent \\"out of the office\\" replies to the list."'),
    ("r-sig-geo-2015-07-human-away-until-mid-august.eml", "r-sig-geo/2015-July.txt",
     "<alpine.LFD.2.11.1507161146480.3629@reclus.nhh.no>", "0", "en", "",
     'an answer with questions: "I am away until mid-August, and cannot help with FreeBSD anyway."'),
    ("r-sig-geo-2018-04-human-out-of-office-until-monday.eml", "r-sig-geo/2018-April.txt",
     "<004601d3de4b$5bd92fb0$138b8f10$@gmail.com>", "0", "en", "",
     '"Thanks. I\'m out of the office until Monday, but I\'ll try your suggestions next week."'),
    ("r-sig-mac-2013-02-human-away-with-limited-possibilities.eml", "r-sig-mac/2013-February.txt",
     "<29A09038-9446-4794-86EC-99ABB1493CDA@r-project.org>", "0", "en", "",
     '"Patch committed. I\'m away with limited possibilities, so please check tonight\'s build"'),
    ("r-sig-mac-2009-08-human-sysadmins-back-from-holiday.eml", "r-sig-mac/2009-August.txt",
     "<alpine.LFD.2.00.0908271312280.32667@gannet.stats.ox.ac.uk>", "0", "en", "",
     '"(We are deferring upgrading until our sysadmins are back from holiday absences.)"'),
]

# GitHub comments posted by mail (as ../ooo_github/ keeps them): (file name, url, author, day, title, is_ooo,
# language, return date, note, body, reply) where reply False is an issue's own description (a new issue's mail)
GITHUB = [
    ("bhl-europe-231-janahoffmann.eml", "https://github.com/gbhl/bhl-europe/pull/231", "janahoffmann", "2011-10-07",
     "Basic bhle search module", "1", "en", "2011-10-08",
     '"I am out of the office from 03-07 of October." (a range W-X: the day after X) and whom to write',
     "I am out of the office from 03-07 of October. \nIn urgent cases related to BHL-Europe, please contact Henning "
     "Scholz at the MfN.", True),
    ("human-highway-2753-jan-wassenberg.eml", "https://github.com/google/highway/issues/2753", "jan-wassenberg",
     "2025-10-07", "FYI OOO until Oct14", "0", "en", "",
     'a maintainer\'s own issue titled "FYI OOO until Oct14": "Hi, a brief heads-up that I will be out of office from '
     'Wednesday through Monday without email access."',
     "Hi, a brief heads-up that I will be out of office from Wednesday through Monday without email access.", False),
    ("human-learningnotes-124-jerryjian.eml", "https://github.com/francistao/LearningNotes/issues/124", "JerryJian",
     "2023-09-28", "test", "0", "en", "",
     'a person answering the QQ Mail holiday auto-replies above it in the thread: "Automatic reply is completely '
     'unnecessary and meaningless!"', "Automatic reply is completely unnecessary and meaningless!", True),
]

# Second batch (the same session, after the first batch's rule; labelled before mailer was run on them): maintainers'
# own announcements on GitHub, worded like a notice, and one back. Issue descriptions reach watchers as new-issue mail.
GITHUB += [
    ("human-bash-it-1010-nwinkler.eml", "https://github.com/Bash-it/bash-it/issues/1010", "nwinkler", "2017-07-28",
     "Vacation", "0", "en", "",
     'a maintainer\'s own issue "Vacation": "I\'m on vacation for the next two weeks from tomorrow (July 29, 2017 - '
     'August 13, 2017). Please don\'t expect any support from me during this time..." and that he will close it when back',
     "I'm on vacation for the next two weeks from tomorrow (July 29, 2017 - August 13, 2017).\n\nPlease don't expect any "
     "support from me during this time...\n\nI wish GitHub provided a better way for announcing stuff like this. I'll "
     "close this issue when I'm back", False),
    ("human-bash-it-1010-nwinkler-back.eml", "https://github.com/Bash-it/bash-it/issues/1010", "nwinkler", "2017-08-13",
     "Vacation", "0", "en", "", 'the same maintainer back: "I\'m back now - will try to work through the open items '
     'one-by-one now..."',
     "I'm back now - will try to work through the open items one-by-one now... Please give me some time to catch up.",
     True),
    ("human-socketioxide-54-totodore.eml", "https://github.com/Totodore/socketioxide/issues/54", "Totodore",
     "2023-07-03", "Vacations: I'm completly out from the 5th of july until the 24th.", "0", "en", "",
     'a maintainer\'s own issue: "So I\'m doing a break from the **5th of july until the 24th** and won\'t be able to '
     'answer to any issue or doing any code review. But even without me don\'t hesitate to contribute"',
     "So I'm doing a break from the **5th of july until the 24th** and won't be able to answer to any issue or doing any "
     "code review.\n\nBut even without me don't hesitate to contribute by making PR and issues ! I'll try to address "
     "everything when I return.", False),
]
