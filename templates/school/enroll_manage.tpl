{{%AUTOESCAPE context="HTML"}}
{{!
  上传管理 of one product: the school's enrollments of the current year, one block per seq. Values:
  PRODUCT_NAME, YEAR_LABEL, ENROLL_URL, CSRF (global). Sections: FIRST_MISSING (seq 1 not yet submitted); ENTRY repeated
  (SEQ, STATUS_LABEL, STATUS_BADGE) with one of the include SUBMITTED (school/enroll_submitted.tpl), CLOSED
  (LAST_DAY) or the include UPLOAD_FORM (school/enroll_form.tpl).
}}
<h1 class="page-title">上传管理</h1>
<p class="breadcrumb">当前位置：首页 &gt; <a href="{{ENROLL_URL}}">投保数据</a> &gt; 上传管理</p>
<dl class="facts">
<div class="fact"><dt>投保险种</dt><dd>{{PRODUCT_NAME}}</dd></div>
<div class="fact"><dt>当前学年</dt><dd>{{YEAR_LABEL}}</dd></div>
</dl>
{{#FIRST_MISSING}}
<section class="panel enroll-entry" aria-labelledby="entry-1">
<h2 id="entry-1" class="section-title">第1条 <span class="badge badge-warn">待提交</span></h2>
<p>第1条投保数据尚未提交，请在<a href="{{ENROLL_URL}}">投保数据</a>页面提交。</p>
</section>
{{/FIRST_MISSING}}
{{#ENTRY}}
<section class="panel enroll-entry" aria-labelledby="entry-{{SEQ}}">
<h2 id="entry-{{SEQ}}" class="section-title">第{{SEQ}}条 <span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></h2>
{{>SUBMITTED}}
{{#CLOSED}}
<p class="card-warning">本学年投保截止日期已过（{{LAST_DAY}}），不能再提交这条投保数据；如需延期请联系管理中心。</p>
{{/CLOSED}}
{{>UPLOAD_FORM}}
</section>
{{/ENTRY}}
<p class="actions"><a class="btn btn-secondary" href="{{ENROLL_URL}}">返回投保数据</a></p>
