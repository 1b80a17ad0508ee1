"""Reading mail (pure): raw bytes → Message → Verdict. The detectors (bounces, auto-replies and their return
dates, spam verdicts, reply text, commands, sender authentication) and the candidate's name live here; nothing
here does I/O."""
