"""The llm engine: numbered evidence in, claims citing evidence ids out, through any
OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp) reached by a transport.

    answers   what every call must answer (the JSON schema) and what is wrong with an answer
    plan      the prompts, the groups of evidence that fit the context, the price bound
    calls     each request built, sent through the transport, metered, its answer read
    engine    map over the groups, reduce to one answer, re-ask once
"""
