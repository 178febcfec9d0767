{{%AUTOESCAPE context="HTML"}}
{{!
  One announcement for the admin: ID, TITLE, AUDIENCE, STATUS_LABEL, STATUS_BADGE, CREATED, PUBLISHED,
  EXPIRES_ON, READS, AUDIENCE_SIZE, READS_URL; WITHDRAWN (AT); repeated LINE (TEXT) = the body;
  DRAFT (EDIT_URL; the publish form) or PUBLISHED_ACTIONS (the withdraw form). CSRF is global.
}}
<h1 class="page-title">{{TITLE}}</h1>
<dl class="facts">
<div class="fact"><dt>状态</dt><dd><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span>{{#WITHDRAWN}} <span class="muted">撤回于 {{AT}}</span>{{/WITHDRAWN}}</dd></div>
<div class="fact"><dt>发布对象</dt><dd>{{AUDIENCE}}</dd></div>
<div class="fact"><dt>创建时间</dt><dd>{{CREATED}}</dd></div>
<div class="fact"><dt>发布时间</dt><dd>{{PUBLISHED}}</dd></div>
<div class="fact"><dt>显示截止</dt><dd>{{EXPIRES_ON}}</dd></div>
<div class="fact"><dt>阅读情况</dt><dd>已读 <strong>{{READS}}</strong> / 发布对象 <strong>{{AUDIENCE_SIZE}}</strong> <a href="{{READS_URL}}">查看明细</a></dd></div>
</dl>
<section class="panel announcement-body" aria-label="公告正文">
<p>{{#LINE}}{{TEXT}}{{#LINE_separator}}<br>
{{/LINE_separator}}{{/LINE}}</p>
</section>
{{#DRAFT}}<p class="card-actions"><a class="btn btn-secondary" href="{{EDIT_URL}}">编辑</a></p>
<form class="inline-form" method="post" action="/school/admin/announcement/publish" data-confirm="确认发布该公告？发布后发布对象将在系统首页看到，且不能再编辑。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<button type="submit" class="btn btn-primary">发布</button>
</form>{{/DRAFT}}
{{#PUBLISHED_ACTIONS}}<form class="inline-form" method="post" action="/school/admin/announcement/withdraw" data-confirm="确认撤回该公告？撤回后发布对象将不再看到。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<button type="submit" class="btn btn-secondary">撤回</button>
</form>{{/PUBLISHED_ACTIONS}}
<p><a href="/school/admin/announcements">返回公告管理</a></p>
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
