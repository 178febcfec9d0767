// manage - command-line tasks for operators and scripts (not a web area).
//   manage hash-password      reads a password on stdin, prints its Argon2id PHC string
#include <iostream>
#include <string>
#include <string_view>

#include "password.h"

static int hash_password() {
  std::string password;
  std::getline(std::cin, password);
  if (password.empty()) {
    std::cerr << "manage hash-password: empty password\n";
    return 1;
  }
  std::cout << password_hash(password) << "\n";
  return 0;
}

int main(int argc, char** argv) {
  std::string_view cmd = argc > 1 ? argv[1] : "";
  if (cmd == "hash-password") return hash_password();
  std::cerr << "usage: manage hash-password < password\n";
  return 2;
}
