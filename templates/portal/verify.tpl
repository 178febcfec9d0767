{{%AUTOESCAPE context="HTML"}}
{{!
  登录验证 (SMS second factor). Values: ACCOUNT_NAME, MOBILE_MASKED, ACTION, RESEND_ACTION,
  LOGOUT_URL, CSRF (global). Sections: NO_CODE (no live code: ask for a new one), ERROR (MESSAGE).
}}
<section class="login-box" aria-labelledby="verify-title">
<h1 id="verify-title" class="login-title">登录验证</h1>
<p class="login-intro">{{ACCOUNT_NAME}}，为保障账号安全，请输入发送至手机 <strong>{{MOBILE_MASKED}}</strong> 的 6 位短信验证码（5 分钟内有效）。</p>
{{#NO_CODE}}<p class="form-hint-box" role="status">当前没有有效的验证码，请点击“重新发送”。</p>{{/NO_CODE}}
<form class="login-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="code">短信验证码</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" placeholder="请输入6位数字验证码" required autofocus>
</div>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<button type="submit" class="btn btn-primary btn-block btn-large">验证并登录</button>
</form>
<div class="verify-actions">
<form method="post" action="{{RESEND_ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="btn btn-secondary">重新发送</button>
</form>
<form method="post" action="{{LOGOUT_URL}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="btn btn-link">退出，换个账号登录</button>
</form>
</div>
</section>
