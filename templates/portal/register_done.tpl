{{%AUTOESCAPE context="HTML"}}
{{!
  学校注册: the confirmation after a successful submission. No values besides the globals.
}}
<section class="form-box form-done" aria-labelledby="done-title">
<h1 id="done-title" class="login-title">注册信息已提交</h1>
<p class="done-text" role="status">注册信息已提交，等待审核；审核结果将以短信通知。</p>
<ul class="done-steps">
<li>管理中心审核通过后，系统将把<strong>初始密码</strong>以短信发送至联系人手机；首次登录须修改密码。</li>
<li>如未通过审核，短信会说明原因；请按原因修改后，用同一联系人手机重新注册提交。</li>
</ul>
<p class="actions actions-center"><a class="btn btn-primary" href="/school/">返回登录</a></p>
</section>
