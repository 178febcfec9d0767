{{%AUTOESCAPE context="HTML"}}
{{!
  The forced password change (/school/password). Values: ACCOUNT_NAME, ACTION, LOGOUT_URL, CSRF
  (global). Sections: REASON_ONE_TIME (initial or reset password) or REASON_EXPIRED
  (MAX_AGE_DAYS). Include PASSWORD_FIELDS (account/password_fields.tpl).
}}
<section class="login-box login-password" aria-labelledby="password-title">
<h1 id="password-title" class="login-title">修改密码</h1>
<p class="login-intro">{{ACCOUNT_NAME}}，
{{#REASON_ONE_TIME}}您正在使用初始密码或管理员重置的临时密码，须设置新密码后才能继续使用系统。{{/REASON_ONE_TIME}}
{{#REASON_EXPIRED}}您的密码已超过 {{MAX_AGE_DAYS}} 天未修改，须设置新密码后才能继续使用系统。{{/REASON_EXPIRED}}</p>
<form class="login-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{>PASSWORD_FIELDS}}
<button type="submit" class="btn btn-primary btn-block btn-large">确认修改</button>
</form>
<div class="verify-actions">
<form method="post" action="{{LOGOUT_URL}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="btn btn-link">退出登录</button>
</form>
</div>
</section>
