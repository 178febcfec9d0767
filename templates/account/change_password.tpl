{{%AUTOESCAPE context="HTML"}}
{{!
  修改密码 under 账户信息 (every area). Values: ACTION, BACK_URL, CSRF (global); the include
  PASSWORD_FIELDS (account/password_fields.tpl).
}}
<h1 class="page-title">修改密码</h1>
<section class="form-card" aria-labelledby="password-heading">
<h2 id="password-heading" class="visually-hidden">修改密码</h2>
<p class="form-intro">修改成功后，您在其他设备上的登录将被退出，绑定的手机会收到修改通知。</p>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{>PASSWORD_FIELDS}}
<div class="actions">
<button type="submit" class="btn btn-primary">确认修改</button>
<a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a>
</div>
</form>
</section>
