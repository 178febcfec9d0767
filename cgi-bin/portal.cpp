// portal.fcgi - /school/ : the public entrance (login, logout, health check).
#include "portal/captcha_image.h"
#include "portal/forgot_account.h"
#include "portal/forgot_password.h"
#include "portal/healthz.h"
#include "portal/register.h"
#include "portal/sms_code.h"
#include "portal/login.h"
#include "portal/sms_callback.h"
#include "portal/password_change.h"
#include "portal/verify.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/", Role::Public, portal_login_page},
    {"POST", "/school/login", Role::Public, portal_login},
    {"POST", "/school/logout", Role::Public, portal_logout},
    {"GET", "/school/healthz", Role::Public, portal_healthz},
    // registration, captcha, recovery, SMS codes:
    {"GET", "/school/captcha", Role::Public, portal_captcha},
    {"GET", "/school/register", Role::Public, portal_register_page},
    {"GET", "/school/register/done", Role::Public, portal_register_done},
    {"POST", "/school/sms/send-code", Role::Public, portal_sms_send_code},
    {"GET", "/school/forgot-password", Role::Public, portal_forgot_password_page},
    {"POST", "/school/forgot-password", Role::Public, portal_forgot_password},
    {"GET", "/school/forgot-account", Role::Public, portal_forgot_account_page},
    {"POST", "/school/forgot-account", Role::Public, portal_forgot_account},
    // second factor, password change:
    {"GET", "/school/verify", Role::Pending, portal_verify_page},
    {"POST", "/school/verify", Role::Pending, portal_verify},
    {"POST", "/school/verify/resend", Role::Pending, portal_verify_resend},
    {"GET", "/school/password", Role::Pending, portal_password_change_page},
    {"POST", "/school/password", Role::Pending, portal_password_change},
    // SMS gateway callback:
    {"POST", "/school/sms/callback", Role::Gateway, portal_sms_callback},
};

int main(int argc, char** argv) {
  return serve({"portal", "/school/", "/school/", routes}, argc, argv);
}
