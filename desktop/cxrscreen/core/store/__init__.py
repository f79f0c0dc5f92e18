"""Cases and their one-way states, SQLite plus encrypted files, accounts, the outbox.

Nothing is imported here: the sign-in screen reads ``folder_state`` before the heavier modules."""
