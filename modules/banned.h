// banned.h - force-included into every translation unit of the project (see Makefile):
// unsafe C functions become compile errors, so the rule is checked by the build, not by memory.
#ifndef HNEDU_BANNED_H
#define HNEDU_BANNED_H

// Include the system headers that declare these first, so the poisoning only hits our code.
#include <cstdio>
#include <cstdlib>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <cstring>
#include <ctime>
#include <time.h>

#pragma GCC poison strcpy strcat strncpy strncat sprintf vsprintf gets atoi atol atoll atof
#pragma GCC poison strtok asctime ctime gmtime localtime

#endif
