"""The retrieval benchmark: conversations written for memstream, questions labelled with
the turns that answer them, and a harness measuring recall@k through the real add path."""
