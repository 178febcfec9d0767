{{%AUTOESCAPE context="HTML"}}
{{!
  Admin login (管理中心登录). Values: ACTION, CSRF (global); optional LOGIN keeps the typed name.
  Section ERROR (MESSAGE); CAPTCHA (CAPTCHA_URL: the image; shown after repeated failures,
  field name="captcha").
}}
<section class="login-box login-admin" aria-labelledby="login-title">
<h1 id="login-title" class="login-title">管理中心登录</h1>
<form class="login-form" method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="login">登录账号</label>
<input id="login" name="login" type="text" value="{{LOGIN}}" placeholder="请输入登录账号" autocomplete="username" maxlength="100" required>
</div>
<div class="field">
<label for="password">登录密码</label>
<input id="password" name="password" type="password" placeholder="请输入密码" autocomplete="current-password" maxlength="64" required>
</div>
{{#CAPTCHA}}
<div class="field field-captcha">
<label for="captcha">验证码</label>
<div class="captcha-row">
<input id="captcha" name="captcha" type="text" inputmode="numeric" autocomplete="off" maxlength="4" placeholder="4位数字" required>
<img class="captcha-img" id="login-captcha-img" src="{{CAPTCHA_URL}}" alt="图形验证码：请输入图中的 4 位数字" width="120" height="44">
<a class="captcha-refresh" href="/school/admin/login" data-captcha-img="login-captcha-img">看不清？换一张</a>
</div>
<p class="field-hint">登录失败次数较多，请同时输入图片中的 4 位数字。</p>
</div>
<script src="{{STATIC}}/js/captcha.js" defer></script>
{{/CAPTCHA}}
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<button type="submit" class="btn btn-primary btn-block btn-large">登录系统</button>
</form>
</section>
