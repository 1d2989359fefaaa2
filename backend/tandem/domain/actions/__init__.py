"""Action items of a 1:1: who does what by when, carried from meeting to meeting until done."""
