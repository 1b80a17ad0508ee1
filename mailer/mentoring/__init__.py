"""The mentor loop: cadences, the question bank, invitations and check-ins (pure), the journal."""
