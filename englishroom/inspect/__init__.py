"""Looking inside a room and its subject: explain a text token by token, slice a room down to one text,
tour its heaviest rows, one report page, and the atlas of the subject's heads and neurons."""
