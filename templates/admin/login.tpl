{{%AUTOESCAPE context="HTML"}}
{{!
  Admin login (管理中心登录). Values: ACTION, CSRF (global); optional LOGIN keeps the typed name.
  Section ERROR (MESSAGE).
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
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<button type="submit" class="btn btn-primary btn-block btn-large">登录系统</button>
</form>
</section>
