"""The local history: every analysed draft's text and report in one private SQLite file.

Nothing here is imported by ``import packetcoach``; sqlite3 and platformdirs load only when a
command reads or writes the history.
"""
