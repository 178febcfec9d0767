{{%AUTOESCAPE context="HTML"}}
{{!
  公告管理 list. Repeated ITEM (URL, READS_URL, TITLE, AUDIENCE, STATUS_LABEL, STATUS_BADGE, PUBLISHED,
  READS, AUDIENCE_SIZE); EMPTY; PAGER (PAGE, PAGES; PREV / NEXT > URL); TOTAL.
}}
<h1 class="page-title">公告管理</h1>
<p class="list-summary">共 <strong>{{TOTAL}}</strong> 条公告。 <a class="btn btn-primary" href="/school/admin/announcement/new">新建公告</a></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="announcements-caption">
<table class="data-table">
<caption id="announcements-caption" class="visually-hidden">公告列表</caption>
<thead>
<tr><th scope="col">标题</th><th scope="col">发布对象</th><th scope="col">状态</th><th scope="col">发布时间</th><th scope="col" class="col-num">已读 / 发布对象</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#ITEM}}<tr><td><a href="{{URL}}">{{TITLE}}</a></td><td>{{AUDIENCE}}</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></td><td>{{PUBLISHED}}</td><td class="col-num">{{READS}} / {{AUDIENCE_SIZE}}</td><td><a href="{{URL}}">查看</a> <a href="{{READS_URL}}">阅读情况</a></td></tr>
{{/ITEM}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">尚未发布公告。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
