// http_error.h - the one exception a handler throws for what the user did.
// serve() turns it into a status page with the (Chinese, user-facing) message.
#pragma once
#include <stdexcept>
#include <string>

class HttpError : public std::runtime_error {
 public:
  HttpError(int status, std::string message)
      : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};
