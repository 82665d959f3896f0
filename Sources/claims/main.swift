import ClaimShell
