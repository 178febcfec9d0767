{{%AUTOESCAPE context="HTML"}}
{{!
  A school's 账户信息 (the manual's screenshot). Values: REGION, SCHOOL_NAME, SCHOOL_TYPE, NATURE,
  CONTACT_NAME, CONTACT_MOBILE (masked), CREATED, STATUS, CHANGE_NAME_URL, CHANGE_REGION_URL,
  BASIC_URL, MOBILE_URL, PASSWORD_URL.
  Sections: REGION_LINK / NAME_LINK (the 申请更改 link; sub-section REJECTED > REASON of the last
  refused application), REGION_PENDING / NAME_PENDING (REQUESTED, SUBMITTED: shown as 审核中).
  Include RECENT_LOGINS (account/recent_logins.tpl).
}}
<h1 class="page-title">账户信息</h1>
<div class="table-wrap info-wrap">
<table class="data-table info-table">
<caption class="visually-hidden">学校账户信息</caption>
<tbody>
<tr><th scope="row">区域：</th><td>{{REGION}}
{{#REGION_LINK}}<a class="inline-link" href="{{CHANGE_REGION_URL}}">区域有误? 申请更改</a>{{#REJECTED}}<span class="badge badge-danger">上次申请未通过：{{REASON}}</span>{{/REJECTED}}{{/REGION_LINK}}
{{#REGION_PENDING}}<span class="badge badge-warn">审核中</span> <span class="muted">已申请更改为“{{REQUESTED}}”（{{SUBMITTED}} 提交）</span>{{/REGION_PENDING}}
</td></tr>
<tr><th scope="row">学校名称：</th><td>{{SCHOOL_NAME}}
{{#NAME_LINK}}<a class="inline-link" href="{{CHANGE_NAME_URL}}">学校名称有变更? 申请更改</a>{{#REJECTED}}<span class="badge badge-danger">上次申请未通过：{{REASON}}</span>{{/REJECTED}}{{/NAME_LINK}}
{{#NAME_PENDING}}<span class="badge badge-warn">审核中</span> <span class="muted">已申请更改为“{{REQUESTED}}”（{{SUBMITTED}} 提交）</span>{{/NAME_PENDING}}
</td></tr>
<tr><th scope="row">学校类型：</th><td>{{SCHOOL_TYPE}}</td></tr>
<tr><th scope="row">学校性质：</th><td>{{NATURE}}</td></tr>
<tr><th scope="row">联系人姓名：</th><td>{{CONTACT_NAME}}</td></tr>
<tr><th scope="row">联系人手机：</th><td>{{CONTACT_MOBILE}}</td></tr>
<tr><th scope="row">注册时间：</th><td>{{CREATED}}</td></tr>
<tr><th scope="row">账户状态：</th><td><span class="badge badge-ok">{{STATUS}}</span></td></tr>
</tbody>
</table>
</div>
<p class="actions account-actions">
<a class="btn btn-primary" href="{{BASIC_URL}}">修改基本信息</a>
<a class="btn btn-primary" href="{{MOBILE_URL}}">修改手机号</a>
<a class="btn btn-primary" href="{{PASSWORD_URL}}">修改密码</a>
</p>
{{>RECENT_LOGINS}}
