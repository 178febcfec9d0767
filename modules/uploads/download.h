// uploads/download.h - file downloads. The application checks scope and writes the audit row;
// nginx sends the bytes (X-Accel-Redirect to the internal /_files/ location).
#pragma once
struct Ctx;

// GET /school/files/download?id=N : a file the account may see, as an attachment; else 404.
void uploads_download(Ctx& ctx);
