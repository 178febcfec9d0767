{{%AUTOESCAPE context="HTML"}}
{{!
  账户信息 of department, insurer and admin accounts. Values: MOBILE_URL, PASSWORD_URL.
  Sections: FACT repeated (LABEL, VALUE). Include RECENT_LOGINS (account/recent_logins.tpl).
}}
<h1 class="page-title">账户信息</h1>
<div class="table-wrap info-wrap">
<table class="data-table info-table">
<caption class="visually-hidden">账户信息</caption>
<tbody>
{{#FACT}}<tr><th scope="row">{{LABEL}}：</th><td>{{VALUE}}</td></tr>
{{/FACT}}
</tbody>
</table>
</div>
<p class="actions account-actions">
<a class="btn btn-primary" href="{{MOBILE_URL}}">修改手机号</a>
<a class="btn btn-primary" href="{{PASSWORD_URL}}">修改密码</a>
</p>
{{>RECENT_LOGINS}}
