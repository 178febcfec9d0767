// password.h - password hashing with Argon2id (libargon2), PHC string format.
// Parameters: m = 19 MiB, t = 2, p = 1, 16-byte salt, 32-byte hash (SECURITY.md "Accounts").
#pragma once
#include <string>
#include <string_view>

// A new PHC string ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash") for the password.
std::string password_hash(std::string_view password);
// True when password matches the PHC string; false for any malformed string. Constant time
// in the comparison (libargon2).
bool password_verify(std::string_view phc, std::string_view password);
// Burns the same time as a real verification; used for unknown accounts so timing does not
// reveal which login names exist.
void password_verify_dummy(std::string_view password);
// True when the stored hash uses weaker parameters than today's (rehash at next login).
bool password_needs_rehash(std::string_view phc);
