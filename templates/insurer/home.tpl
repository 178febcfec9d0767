{{%AUTOESCAPE context="HTML"}}
{{!
  Insurer 系统首页 (insurer/home.cpp). Values: COMPANY_NAME, LEVEL_LABEL (省级分公司/市级公司/县区支公司),
  REGION_NAME, YEAR_LABEL; NO_YEAR. With a current year: POLICY_DEADLINE (Chinese date), DEADLINE_EXTENDED,
  one of COUNTDOWN (DAYS), DUE_TODAY, DEADLINE_PASSED; FIGURES with SUBMITTED, SUBMITTED_URL, PRODUCT repeated
  (NAME, N, URL), STAT repeated (LABEL, N, UNIT, URL, ATTENTION), PAID (yuan of the settled claims).
}}
<h1 class="page-title">系统首页</h1>
<dl class="facts">
<div class="fact"><dt>公司名称</dt><dd>{{COMPANY_NAME}}</dd></div>
<div class="fact"><dt>账号级别</dt><dd>{{LEVEL_LABEL}}</dd></div>
<div class="fact"><dt>负责区域</dt><dd>{{REGION_NAME}}</dd></div>
<div class="fact"><dt>当前学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong>{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年</span>{{/NO_YEAR}}</dd></div>
</dl>
{{>ANNOUNCEMENTS}}
{{#FIGURES}}
<ul class="stats">
<li class="stat stat-attention"><span class="stat-label">保单上传截止</span><span class="stat-value"><strong class="num">{{POLICY_DEADLINE}}</strong></span>{{#DEADLINE_EXTENDED}}<span class="stat-label">管理中心已为本公司延期</span>{{/DEADLINE_EXTENDED}}{{#COUNTDOWN}}<span class="stat-value">距截止还有 <strong>{{DAYS}}</strong> 天</span>{{/COUNTDOWN}}{{#DUE_TODAY}}<span class="stat-value"><strong>今天截止</strong></span>{{/DUE_TODAY}}{{#DEADLINE_PASSED}}<span class="stat-value">已截止，如需延期请联系管理中心</span>{{/DEADLINE_PASSED}}</li>
<li class="stat"><span class="stat-label">已提交投保数据</span><span class="stat-value"><a href="{{SUBMITTED_URL}}"><strong class="num">{{SUBMITTED}}</strong></a> 份</span></li>
{{#STAT}}<li class="stat{{#ATTENTION}} stat-attention{{/ATTENTION}}"><span class="stat-label">{{LABEL}}</span><span class="stat-value"><a href="{{URL}}"><strong class="num">{{N}}</strong></a> {{UNIT}}</span></li>
{{/STAT}}<li class="stat"><span class="stat-label">已赔付金额</span><span class="stat-value"><strong class="num">{{PAID}}</strong> 元</span></li>
</ul>
<section class="panel" aria-labelledby="products-heading">
<h2 id="products-heading" class="section-title">{{YEAR_LABEL}} 学年各险种投保数据</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="products-caption">
<table class="data-table">
<caption id="products-caption" class="visually-hidden">各险种已提交的投保数据份数</caption>
<thead>
<tr><th scope="col">险种</th><th scope="col" class="col-num">投保数据（份）</th></tr>
</thead>
<tbody>{{#PRODUCT}}<tr><td>{{NAME}}</td><td class="col-num"><a href="{{URL}}">{{N}}</a></td></tr>
{{/PRODUCT}}</tbody>
</table>
</div>
</section>
{{/FIGURES}}
