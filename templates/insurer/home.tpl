{{%AUTOESCAPE context="HTML"}}
{{!
  Insurer 系统首页. Values: COMPANY_NAME, LEVEL_LABEL (省级分公司/市级公司/县区支公司), REGION_NAME,
  YEAR_LABEL, POLICY_DEADLINE, ENROLLMENTS. Section NO_YEAR.
}}
<h1 class="page-title">系统首页</h1>
<dl class="facts">
<div class="fact"><dt>公司名称</dt><dd>{{COMPANY_NAME}}</dd></div>
<div class="fact"><dt>账号级别</dt><dd>{{LEVEL_LABEL}}</dd></div>
<div class="fact"><dt>负责区域</dt><dd>{{REGION_NAME}}</dd></div>
<div class="fact"><dt>当前学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong>{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年</span>{{/NO_YEAR}}</dd></div>
</dl>
<ul class="stats">
<li class="stat stat-attention"><span class="stat-label">保单上传截止</span><span class="stat-value"><strong class="num">{{POLICY_DEADLINE}}</strong></span></li>
<li class="stat"><span class="stat-label">投保学校</span><span class="stat-value"><strong class="num">{{ENROLLMENTS}}</strong> 份投保数据</span></li>
</ul>
