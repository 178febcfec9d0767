{{%AUTOESCAPE context="HTML"}}
{{!
  申请修改投保数据 of one enrollment. Values: REGION, SCHOOL_NAME, PRODUCT_NAME, YEAR_LABEL, SEQ_LABEL, BACK_URL.
  Sections: the include UPLOAD_FORM (school/enroll_modify_form.tpl) when no application is pending; PENDING
  (SUBMITTED_AT, CHANGES repeated (FIELD, OLD, NEW), REASON) while one is; HISTORY with APPLICATION repeated
  (SUBMITTED_AT, SUMMARY, REASON, STATUS_LABEL, STATUS_BADGE, DECISION_REASON > TEXT).
}}
<h1 class="page-title">申请修改投保数据</h1>
<p class="breadcrumb">当前位置：首页 &gt; 投保数据 &gt; 申请修改</p>
<dl class="facts">
<div class="fact"><dt>区域</dt><dd>{{REGION}}</dd></div>
<div class="fact"><dt>学校名称</dt><dd>{{SCHOOL_NAME}}</dd></div>
<div class="fact"><dt>投保险种</dt><dd>{{PRODUCT_NAME}}{{SEQ_LABEL}}</dd></div>
<div class="fact"><dt>学年</dt><dd>{{YEAR_LABEL}}</dd></div>
</dl>
{{#PENDING}}
<section class="panel" aria-labelledby="pending-heading">
<h2 id="pending-heading" class="section-title">修改申请审核中 <span class="badge badge-warn">待审核</span></h2>
<p>您于 {{SUBMITTED_AT}} 提交的修改申请正在由管理中心审核，审核结果将通过短信通知。审核期间投保数据保持原样。</p>
<div class="table-wrap">
<table class="data-table">
<thead><tr><th scope="col">项目</th><th scope="col">原值</th><th scope="col">申请修改为</th></tr></thead>
<tbody>
{{#CHANGES}}<tr><td>{{FIELD}}</td><td>{{OLD}}</td><td><strong>{{NEW}}</strong></td></tr>
{{/CHANGES}}
</tbody>
</table>
</div>
<p>修改原因：{{REASON}}</p>
</section>
{{/PENDING}}
{{>UPLOAD_FORM}}
{{#HISTORY}}
<section class="panel" aria-labelledby="history-heading">
<h2 id="history-heading" class="section-title">修改申请记录</h2>
<div class="table-wrap">
<table class="data-table">
<thead><tr><th scope="col">提交时间</th><th scope="col">申请内容</th><th scope="col">修改原因</th><th scope="col">状态</th><th scope="col">驳回原因</th></tr></thead>
<tbody>
{{#APPLICATION}}<tr><td>{{SUBMITTED_AT}}</td><td>{{SUMMARY}}</td><td>{{REASON}}</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></td><td>{{#DECISION_REASON}}{{TEXT}}{{/DECISION_REASON}}</td></tr>
{{/APPLICATION}}
</tbody>
</table>
</div>
</section>
{{/HISTORY}}
<p class="back-link"><a href="{{BACK_URL}}">返回投保数据</a></p>
