"""Comments on a meeting or a talking point, with replies one level deep."""
